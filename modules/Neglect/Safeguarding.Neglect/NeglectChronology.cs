using Safeguarding.Neglect.Assessments;
using Safeguarding.Neglect.Persistence;
using Safeguarding.Neglect.Workstream;

namespace Safeguarding.Neglect;

/// <summary>Neglect's part of a child's chronology: Graded Care Profile 2 assessments as observed, completed and shared
/// with the family, and child protection plans as they start and end.</summary>
internal sealed class NeglectChronology(NeglectDbContext db) : ModuleChronology
{
    protected override IEnumerable<Table> Tables(IReadOnlyList<Guid> child) =>
    [
        From(db.Assessments.Where(a => child.Contains(a.SubjectId)), AssessmentEntries),
        From(db.ChildProtectionPlans.Where(p => child.Contains(p.SubjectId)), PlanEntries),
    ];

    private static IEnumerable<ChronologyEntry> AssessmentEntries(Assessment a)
    {
        var subject = new SubjectId(a.SubjectId);
        yield return new(OnDay(a.ObservedOn), $"{a.TemplateCode} assessment observed (version {a.Version})", a.Agency, a.Practitioner, subject);
        if (a.CompletedOn is { } completed) yield return new(OnDay(completed), $"{a.TemplateCode} assessment completed", a.Agency, a.Practitioner, subject);
        if (a.SharedWithFamilyOn is { } shared) yield return new(OnDay(shared), $"{a.TemplateCode} assessment shared with the family", a.Agency, a.Practitioner, subject);
    }

    private static IEnumerable<ChronologyEntry> PlanEntries(ChildProtectionPlan p)
    {
        var category = p.Category switch
        {
            PlanCategory.Neglect => "neglect",
            PlanCategory.Physical => "physical abuse",
            PlanCategory.Sexual => "sexual abuse",
            PlanCategory.Emotional => "emotional abuse",
            _ => "multiple categories",
        };
        yield return new(OnDay(p.StartedOn), $"Child protection plan started ({category})", null, null, new SubjectId(p.SubjectId));
        if (p.EndedOn is { } ended) yield return new(OnDay(ended), $"Child protection plan ended ({category})", null, null, new SubjectId(p.SubjectId));
    }
}
