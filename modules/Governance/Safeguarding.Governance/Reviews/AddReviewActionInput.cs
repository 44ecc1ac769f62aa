namespace Safeguarding.Governance.Reviews;

public sealed class AddReviewActionInput
{
    public string? ReviewId { get; set; }
    public string? Title { get; set; }
    public string? OwnerBodyId { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly DueDate { get; set; }
}
