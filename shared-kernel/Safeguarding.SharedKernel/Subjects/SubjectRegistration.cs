namespace Safeguarding.SharedKernel.Subjects;

/// <summary>
/// What registering a person did: MATCHED (the person already held, now enrolled in your module), NEW, or NEEDS_REVIEW
/// (registered, and put on the review queue as possibly the same child as a record already held).
/// </summary>
/// <param name="Subject">The person registered or found.</param>
/// <param name="Outcome">MATCHED, NEW or NEEDS_REVIEW.</param>
/// <param name="Score">How likely the best record already held is this person (0 to 1).</param>
/// <param name="Reasons">Why, in plain words.</param>
/// <param name="PossibleDuplicateOf">NEEDS_REVIEW: the record already held that this may be.</param>
/// <param name="ReviewId">NEEDS_REVIEW: the possible duplicate on the review queue.</param>
public sealed record SubjectRegistration(
    SubjectId Subject, MatchOutcome Outcome, double Score, IReadOnlyList<string> Reasons, SubjectId? PossibleDuplicateOf, Guid? ReviewId)
{
    /// <summary>The id of the person registered or found.</summary>
    public Guid Id => Subject.Value;
}
