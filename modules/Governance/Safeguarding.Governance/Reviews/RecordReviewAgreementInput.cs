namespace Safeguarding.Governance.Reviews;

public sealed class RecordReviewAgreementInput
{
    public string? ReviewId { get; set; }
    /// <summary>A statutory partner.</summary>
    public string? PartnerId { get; set; }
    public ReviewOutcome Outcome { get; set; }
}
