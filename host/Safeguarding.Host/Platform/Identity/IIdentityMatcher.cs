namespace Safeguarding.Host.Platform.Identity;

/// <summary>
/// Decides whether an identity arriving from an agency is a person the registry already holds. The registry finds
/// candidates by blocking keys (it stores only keyed hashes of them), reads their identities and asks for a decision.
/// </summary>
public interface IIdentityMatcher
{
    /// <summary>
    /// The keys under which a person may be found again: a candidate shares at least one key with every identity that
    /// could be them, so that no registry is scanned whole. Plain text: the registry hashes them before storing.
    /// </summary>
    IReadOnlyList<string> BlockingKeys(PersonIdentity identity);

    /// <summary>How likely two identities are the same person, and why, in words a practitioner can read.</summary>
    PairScore Compare(PersonIdentity incoming, PersonIdentity existing);

    /// <summary>The outcome for an incoming identity against the candidates found by its blocking keys.</summary>
    MatchResult Decide(PersonIdentity incoming, IReadOnlyList<MatchCandidate> candidates);
}

/// <summary>A person the registry holds, offered as a possible match.</summary>
public sealed record MatchCandidate(Guid SubjectId, PersonIdentity Identity);

/// <summary>
/// The comparison of two identities: the probability that they are one person, the Fellegi-Sunter match weight behind
/// it, the reasons, whether a verified identifier decided it (and whether the rest of the identity contradicts it), and
/// whether it must never be merged automatically (twins, siblings). Reasons name no one: they are shown to practitioners
/// who may not be entitled to either identity.
/// </summary>
public sealed record PairScore(double Probability, double Weight, IReadOnlyList<string> Reasons, bool Deterministic, bool NeverAutomatic,
    bool IdentifierContradicted = false);

/// <summary>
/// What registration does with an identity: <see cref="MatchOutcome.Matched"/> the existing <see cref="SubjectId"/>,
/// <see cref="MatchOutcome.New"/> person, or <see cref="MatchOutcome.NeedsReview"/> against <see cref="SubjectId"/>.
/// </summary>
public sealed record MatchResult(MatchOutcome Outcome, Guid? SubjectId, double Score, IReadOnlyList<string> Reasons)
{
    public static MatchResult NewPerson(IReadOnlyList<string>? reasons = null) => new(MatchOutcome.New, null, 0, reasons ?? []);
}
