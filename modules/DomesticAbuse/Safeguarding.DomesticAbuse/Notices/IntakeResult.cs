namespace Safeguarding.DomesticAbuse.Notices;

/// <summary>What became of one notice of a batch: stored, a duplicate of a stored notice (not an error), or rejected with its problems.</summary>
/// <param name="Index">The notice's position in the batch, from 0.</param>
/// <param name="Outcome">STORED, DUPLICATE (already stored: not an error) or REJECTED (see problems).</param>
/// <param name="NoticeId">The stored notice (for a duplicate, the one stored before).</param>
/// <param name="EncompassNotifications">How many schools were notified under Operation Encompass.</param>
/// <param name="PoliceReference">The notice's police reference, as sent; null when it had none.</param>
/// <param name="Problems">What is wrong with a refused notice, field by field; empty for a notice stored.</param>
public sealed record IntakeResult(int Index, string? PoliceReference, IntakeOutcome Outcome, Guid? NoticeId, int EncompassNotifications, IReadOnlyList<FieldProblem> Problems)
{
    /// <summary>The children the notice named by identity, each matched or registered; empty when it named none, or was rejected before matching.</summary>
    public IReadOnlyList<IntakePersonMatch> ChildMatches { get; init; } = [];

    /// <summary>
    /// The adults the notice named (a name and a date of birth) and who were not known by their police reference yet,
    /// each matched or registered in the partnership's registry; empty when it named none.
    /// </summary>
    public IReadOnlyList<IntakePersonMatch> AdultMatches { get; init; } = [];
}
