namespace Safeguarding.Neglect.Assessments;

public sealed class AddFamilyPlanActionInput
{
    public string? AssessmentId { get; set; }
    public string? AreaCode { get; set; }
    public string? Action { get; set; }
    public string? Owner { get; set; }
    public DateOnly ReviewOn { get; set; }
}
