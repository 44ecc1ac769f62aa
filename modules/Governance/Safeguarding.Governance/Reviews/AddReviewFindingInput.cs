namespace Safeguarding.Governance.Reviews;

public sealed class AddReviewFindingInput
{
    public string? ReviewId { get; set; }
    public string? Theme { get; set; }
    public string? Text { get; set; }
}
