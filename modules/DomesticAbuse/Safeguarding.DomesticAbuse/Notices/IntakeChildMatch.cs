namespace Safeguarding.DomesticAbuse.Notices;

/// <summary>What became of a child a notice named by identity.</summary>
/// <param name="Field">Where the child is in the notice: childIdentities[k].</param>
/// <param name="SubjectId">The child the notice is stored under.</param>
/// <param name="Outcome">MATCHED (a child already held), NEW, or NEEDS_REVIEW (registered, and put on the review queue as possibly a child already held).</param>
/// <param name="Score">How likely the best record already held is this child (0 to 1).</param>
/// <param name="Reasons">Why, in plain words; never a name or an address.</param>
/// <param name="ReviewId">NEEDS_REVIEW: the possible duplicate on the review queue.</param>
public sealed record IntakeChildMatch(string Field, Guid SubjectId, MatchOutcome Outcome, double Score, IReadOnlyList<string> Reasons, Guid? ReviewId);
