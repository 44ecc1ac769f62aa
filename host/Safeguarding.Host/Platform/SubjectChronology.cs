namespace Safeguarding.Host.Platform;

/// <summary>A child's chronology as a reader may see it: the entries, oldest first, and the modules whose entries are withheld.</summary>
/// <param name="Entries">What the modules you may see record about the child.</param>
/// <param name="Withheld">The modules whose entries are not shown to you, and why.</param>
public sealed record SubjectChronology(IReadOnlyList<ChronologyLine> Entries, IReadOnlyList<WithheldChronology> Withheld);
