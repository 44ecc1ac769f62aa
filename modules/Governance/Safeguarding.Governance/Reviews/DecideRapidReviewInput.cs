namespace Safeguarding.Governance.Reviews;

public sealed class DecideRapidReviewInput
{
    public string? ReviewId { get; set; }
    public ReviewOutcome Outcome { get; set; }
    /// <summary>Defaults to today.</summary>
    public DateOnly? DecidedOn { get; set; }
}
