namespace Safeguarding.Neglect.Assessments;

public sealed class StartNeglectAssessmentInput
{
    /// <summary>A child registered in the subject registry.</summary>
    public string? SubjectId { get; set; }
    /// <summary>Default "GCP2".</summary>
    public string? TemplateCode { get; set; }
    /// <summary>The template version, e.g. 1.</summary>
    public int TemplateVersion { get; set; }
    /// <summary>The day the care was observed (not in the future).</summary>
    public DateOnly ObservedOn { get; set; }
}
