namespace Safeguarding.Neglect.Templates;

/// <summary>
/// A version of an assessment profile's structure: areas and sub-areas with codes and short neutral labels.
/// Holds structure only: the licensed descriptor wording of the Graded Care Profile 2 is never stored (decision 0004).
/// </summary>
public sealed class AssessmentTemplate
{
    public Guid Id { get; set; }
    /// <summary>The template's code.</summary>
    public string Code { get; set; } = "";
    /// <summary>The template's version.</summary>
    public int Version { get; set; }
    /// <summary>The template's name.</summary>
    public string Label { get; set; } = "";
    /// <summary>The areas the tool grades.</summary>
    public List<TemplateArea> Areas { get; set; } = [];
}

public sealed class TemplateArea
{
    public Guid Id { get; set; }
    public Guid TemplateId { get; set; }
    /// <summary>The area's code.</summary>
    public string Code { get; set; } = "";
    /// <summary>The area, in words.</summary>
    public string Label { get; set; } = "";
    public int Position { get; set; }
    /// <summary>The sub-areas graded under it.</summary>
    public List<TemplateSubArea> SubAreas { get; set; } = [];
}

public sealed class TemplateSubArea
{
    public Guid Id { get; set; }
    public Guid AreaId { get; set; }
    /// <summary>The sub-area's code, which grades name.</summary>
    public string Code { get; set; } = "";
    /// <summary>The sub-area, in words.</summary>
    public string Label { get; set; } = "";
    public int Position { get; set; }
}

/// <summary>The seeded structure of GCP2, version 1: codes and neutral labels of our own, no descriptor text.</summary>
public static class Gcp2Structure
{
    public const string Code = "GCP2";
    public const int Version = 1;

    public static readonly (string Code, string Label, (string Code, string Label)[] SubAreas)[] Areas =
    [
        ("PC", "Physical care", [("PC.NUT", "Nutrition"), ("PC.HOU", "Housing"), ("PC.CLO", "Clothing"), ("PC.HYG", "Hygiene"), ("PC.HEA", "Health")]),
        ("SA", "Safety", [("SA.PRE", "Safety when carer present"), ("SA.ABS", "Safety when carer absent")]),
        ("LC", "Love and care", [("LC.ATT", "Carer's attitude"), ("LC.EMO", "Emotional support"), ("LC.REC", "Reciprocity")]),
        ("SE", "Stimulation and esteem", [("SE.STI", "Stimulation"), ("SE.APP", "Approval"), ("SE.DIS", "Disapproval"), ("SE.ACC", "Acceptance")]),
    ];

    public static AssessmentTemplate Build()
    {
        var template = new AssessmentTemplate { Id = Guid.NewGuid(), Code = Code, Version = Version, Label = "Graded Care Profile 2 (structure only)" };
        var position = 0;
        foreach (var (code, label, subAreas) in Areas)
        {
            var area = new TemplateArea { Id = Guid.NewGuid(), TemplateId = template.Id, Code = code, Label = label, Position = ++position };
            var sub = 0;
            foreach (var (subCode, subLabel) in subAreas)
                area.SubAreas.Add(new TemplateSubArea { Id = Guid.NewGuid(), AreaId = area.Id, Code = subCode, Label = subLabel, Position = ++sub });
            template.Areas.Add(area);
        }
        return template;
    }
}
