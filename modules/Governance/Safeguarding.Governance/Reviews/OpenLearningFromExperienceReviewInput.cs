namespace Safeguarding.Governance.Reviews;

public sealed class OpenLearningFromExperienceReviewInput
{
    public string? Reference { get; set; }
    public DateOnly CommissionedOn { get; set; }
    public DateOnly DueDate { get; set; }
    public string? RapidReviewId { get; set; }
    public string? SubjectId { get; set; }
}
