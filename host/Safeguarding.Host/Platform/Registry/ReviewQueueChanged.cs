namespace Safeguarding.Host.Platform.Registry;

/// <summary>
/// A question of the review queue of possible duplicates was raised or decided: told live, once saved, to the
/// practitioners who may see the question (those the queue shows it to). The records' ids say who may; they are not shown.
/// </summary>
public sealed record ReviewQueueChanged(Guid Review, DuplicateStatus Status, Guid SubjectId, Guid CandidateId, DateTimeOffset At);
