namespace Safeguarding.Governance.Reviews;

public sealed class AddReviewFindingInput
{
    public string? ReviewId { get; set; }
    /// <summary>e.g. professional curiosity.</summary>
    public string? Theme { get; set; }
    public string? Text { get; set; }
}
