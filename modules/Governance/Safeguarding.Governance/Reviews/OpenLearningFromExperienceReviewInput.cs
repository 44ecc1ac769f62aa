namespace Safeguarding.Governance.Reviews;

public sealed class OpenLearningFromExperienceReviewInput
{
    /// <summary>The partnership's reference for the review.</summary>
    public string? Reference { get; set; }
    /// <summary>The UK day the review was commissioned.</summary>
    public DateOnly CommissionedOn { get; set; }
    /// <summary>The planned completion.</summary>
    public DateOnly DueDate { get; set; }
    /// <summary>The Rapid Review that decided no CSPR was needed, if any.</summary>
    public string? RapidReviewId { get; set; }
    public string? SubjectId { get; set; }
}
