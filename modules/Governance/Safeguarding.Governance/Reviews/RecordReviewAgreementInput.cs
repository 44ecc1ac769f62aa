namespace Safeguarding.Governance.Reviews;

public sealed class RecordReviewAgreementInput
{
    /// <summary>The Rapid Review, by its id.</summary>
    public string? ReviewId { get; set; }
    /// <summary>A statutory partner.</summary>
    public string? PartnerId { get; set; }
    /// <summary>The outcome the partner agrees.</summary>
    public ReviewOutcome Outcome { get; set; }
}
