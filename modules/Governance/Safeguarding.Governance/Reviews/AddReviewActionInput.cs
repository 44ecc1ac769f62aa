namespace Safeguarding.Governance.Reviews;

public sealed class AddReviewActionInput
{
    public string? ReviewId { get; set; }
    public string? Title { get; set; }
    /// <summary>The body that owns the action.</summary>
    public string? OwnerBodyId { get; set; }
    public DateOnly StartsOn { get; set; }
    /// <summary>On or after startsOn.</summary>
    public DateOnly DueDate { get; set; }
}
