namespace Safeguarding.Host.Platform.PersonalData;

/// <summary>The outcome of disposing of a person's records, for the data protection officer: counts only, never who they were.</summary>
/// <param name="SubjectId">The subject id the disposal was asked for.</param>
/// <param name="At">When it was done.</param>
/// <param name="By">The data protection officer who did it.</param>
/// <param name="Rows">What was done in each module and the registry, kind of record by kind of record (those with rows).</param>
public sealed record PersonDisposed(Guid SubjectId, DateTimeOffset At, string By, IReadOnlyList<DisposedRows> Rows);
