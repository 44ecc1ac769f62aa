namespace Safeguarding.DomesticAbuse.Notices;

/// <summary>What became of a person a notice named by identity: a child, or a named adult.</summary>
/// <param name="Field">Where the person is in the notice: childIdentities[k] or adults[k].</param>
/// <param name="SubjectId">The person in the partnership's registry the notice is stored under.</param>
/// <param name="Outcome">MATCHED (a person already held), NEW, or NEEDS_REVIEW (registered, and put on the review queue as possibly a person already held).</param>
/// <param name="Score">How likely the best record already held is this person (0 to 1).</param>
/// <param name="Reasons">Why, in plain words; never a name or an address.</param>
/// <param name="ReviewId">NEEDS_REVIEW: the possible duplicate on the review queue.</param>
public sealed record IntakePersonMatch(string Field, Guid SubjectId, MatchOutcome Outcome, double Score, IReadOnlyList<string> Reasons, Guid? ReviewId);
