namespace Safeguarding.Governance.Reviews;

public sealed class DecideRapidReviewInput
{
    /// <summary>The Rapid Review, by its id.</summary>
    public string? ReviewId { get; set; }
    /// <summary>The outcome decided; every statutory partner must have agreed it.</summary>
    public ReviewOutcome Outcome { get; set; }
    /// <summary>Defaults to today.</summary>
    public DateOnly? DecidedOn { get; set; }
}
