namespace Safeguarding.DomesticAbuse.Notices;

/// <summary>What became of each notice of a batch, in the order sent.</summary>
public sealed record IntakeBatch(IReadOnlyList<IntakeResult> Results)
{
    public int Count(IntakeOutcome outcome) => Results.Count(r => r.Outcome == outcome);
}
