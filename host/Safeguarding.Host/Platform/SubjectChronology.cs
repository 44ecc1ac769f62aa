namespace Safeguarding.Host.Platform;

/// <summary>A child's chronology as a reader may see it: the entries, oldest first, and the modules whose entries are withheld.</summary>
public sealed record SubjectChronology(IReadOnlyList<ChronologyLine> Entries, IReadOnlyList<WithheldChronology> Withheld);
