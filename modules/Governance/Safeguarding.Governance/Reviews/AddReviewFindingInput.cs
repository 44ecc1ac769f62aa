namespace Safeguarding.Governance.Reviews;

public sealed class AddReviewFindingInput
{
    /// <summary>The review, by its id.</summary>
    public string? ReviewId { get; set; }
    /// <summary>e.g. professional curiosity.</summary>
    public string? Theme { get; set; }
    /// <summary>What was found.</summary>
    public string? Text { get; set; }
}
