namespace Safeguarding.Governance.Reviews;

public sealed class OpenLearningFromExperienceReviewInput
{
    public string? Reference { get; set; }
    public DateOnly CommissionedOn { get; set; }
    /// <summary>The planned completion.</summary>
    public DateOnly DueDate { get; set; }
    /// <summary>The Rapid Review that decided no CSPR was needed, if any.</summary>
    public string? RapidReviewId { get; set; }
    public string? SubjectId { get; set; }
}
