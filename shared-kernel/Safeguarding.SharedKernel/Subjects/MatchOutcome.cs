namespace Safeguarding.SharedKernel.Subjects;

/// <summary>What registering a person did: found them already held, registered someone new, or registered them with a question for review.</summary>
public enum MatchOutcome
{
    Matched,
    New,
    NeedsReview,
}
