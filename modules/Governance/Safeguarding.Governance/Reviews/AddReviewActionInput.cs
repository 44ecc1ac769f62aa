namespace Safeguarding.Governance.Reviews;

public sealed class AddReviewActionInput
{
    /// <summary>The review, by its id.</summary>
    public string? ReviewId { get; set; }
    /// <summary>What is to be done.</summary>
    public string? Title { get; set; }
    /// <summary>The body that owns the action.</summary>
    public string? OwnerBodyId { get; set; }
    /// <summary>The UK day work on it starts.</summary>
    public DateOnly StartsOn { get; set; }
    /// <summary>On or after startsOn.</summary>
    public DateOnly DueDate { get; set; }
}
