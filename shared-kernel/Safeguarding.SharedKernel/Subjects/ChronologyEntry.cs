namespace Safeguarding.SharedKernel.Subjects;

/// <summary>
/// One dated thing a module holds about a child, for the child's one chronology across the partnership: when it
/// happened, what it was in a practitioner's words, the agency it came from and who recorded it. The module that
/// holds it is named by the chronology, not by the entry.
/// </summary>
public sealed record ChronologyEntry(DateTimeOffset At, string What, string? Agency, string? RecordedBy, SubjectId Subject);
