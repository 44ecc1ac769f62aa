namespace Safeguarding.Neglect.Assessments;

public sealed class StartNeglectAssessmentInput
{
    public string? SubjectId { get; set; }
    public string? TemplateCode { get; set; }
    public int TemplateVersion { get; set; }
    public DateOnly ObservedOn { get; set; }
}
