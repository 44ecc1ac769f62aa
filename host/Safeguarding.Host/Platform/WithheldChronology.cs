namespace Safeguarding.Host.Platform;

/// <summary>A module whose chronology entries the reader is not shown, and why.</summary>
public sealed record WithheldChronology(string Module, string Note);
