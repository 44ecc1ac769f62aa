namespace Safeguarding.DomesticAbuse.Notices;

/// <summary>What became of one notice of a batch: stored, a duplicate of a stored notice (not an error), or rejected with its problems.</summary>
public sealed record IntakeResult(int Index, string? PoliceReference, IntakeOutcome Outcome, Guid? NoticeId, int EncompassNotifications, IReadOnlyList<FieldProblem> Problems);
