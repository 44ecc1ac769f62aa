using Safeguarding.SharedKernel.Web;
namespace Safeguarding.Neglect.Web.Pages.Neglect;

/// <summary>What the Neglect pages read from the schema (the fields they ask for, by the schema's names).</summary>
public sealed record AreaGrade(string Code, string Label, int? Grade, int SubAreasGraded, int SubAreas);
public sealed record SubAreaGrade(string AreaCode, string SubAreaCode, string Label, int Grade, string Flag, string? Note);

public sealed record Assessment(
    string Id, string SubjectId, string Agency, string Practitioner, DateOnly ObservedOn, string Status, int Version,
    DateOnly? CompletedOn, int? WorstAreaGrade, int AreasOfConcern, List<AreaGrade>? Areas, List<SubAreaGrade>? Grades)
{
    public const string Fields = "id subjectId agency practitioner observedOn status version completedOn worstAreaGrade areasOfConcern";

    public string StatusText => Status switch
    {
        "DRAFT" => "Draft",
        "COMPLETED" => "Completed",
        "SHARED_WITH_FAMILY" => "Shared with the family",
        _ => Status,
    };
}

public sealed record Gcp2SubArea(string Code, string Label);
public sealed record Gcp2Area(string Code, string Label, List<Gcp2SubArea> SubAreas);
public sealed record Gcp2Template(string Code, int Version, string Label, List<Gcp2Area> Areas);

public static class Grades
{
    /// <summary>The grade scale: only its two ends are put in words here; what each grade looks like in each sub-area is in the
    /// licensed GCP2 materials practitioners use alongside (decision 0004).</summary>
    public static readonly IReadOnlyList<(int Grade, string Words)> Scale =
    [
        (1, "1 – all the child's needs met"), (2, "2"), (3, "3"), (4, "4"), (5, "5 – the child's needs not met at all"),
    ];

    public static string Words(int? grade) => grade is null ? "not graded yet" : Scale.FirstOrDefault(s => s.Grade == grade).Words ?? grade.ToString()!;
}
