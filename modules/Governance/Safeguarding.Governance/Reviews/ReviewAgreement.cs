namespace Safeguarding.Governance.Reviews;

/// <summary>
/// One statutory partner's agreement to a Rapid Review's outcome. A partner may change it until the review is decided;
/// the review says whether it may (<see cref="LearningReview.RecordAgreement"/>).
/// </summary>
public sealed class ReviewAgreement
{
    private ReviewAgreement() { }

    public Guid Id { get; private set; }
    public Guid ReviewId { get; private set; }
    public Guid PartnerId { get; private set; }
    /// <summary>The outcome the partner agreed.</summary>
    public ReviewOutcome Outcome { get; private set; }
    /// <summary>The UK day the agreement was recorded.</summary>
    public DateOnly RecordedOn { get; private set; }

    internal static ReviewAgreement Record(Guid reviewId, Guid partnerId, ReviewOutcome outcome, DateOnly today) =>
        new() { Id = Guid.NewGuid(), ReviewId = reviewId, PartnerId = partnerId, Outcome = outcome, RecordedOn = today };

    internal void Change(ReviewOutcome outcome, DateOnly today)
    {
        Outcome = outcome;
        RecordedOn = today;
    }
}
