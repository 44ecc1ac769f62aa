namespace Safeguarding.SharedKernel.Subjects;

/// <summary>
/// What registering a person did: found them already held, registered someone new, or registered them with a question
/// for review.
/// </summary>
public enum MatchOutcome
{
    /// <summary>The registry already holds this person: the id is theirs, now enrolled in the module.</summary>
    Matched,
    /// <summary>A new record.</summary>
    New,
    /// <summary>A new record, and a question on the review queue: it may be the possible duplicate named.</summary>
    NeedsReview,
}
