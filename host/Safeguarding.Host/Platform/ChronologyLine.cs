namespace Safeguarding.Host.Platform;

/// <summary>One entry of a child's chronology, with the module that holds it and the id it was recorded under.</summary>
/// <param name="Module">The module whose record the entry comes from.</param>
public sealed record ChronologyLine(DateTimeOffset At, string Module, string What, string? Agency, string? RecordedBy, Guid SubjectId);
