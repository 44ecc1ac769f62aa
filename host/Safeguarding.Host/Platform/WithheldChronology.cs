namespace Safeguarding.Host.Platform;

/// <summary>A module whose chronology entries the reader is not shown, and why.</summary>
/// <param name="Module">The module whose entries are withheld.</param>
/// <param name="Note">Why, in plain words.</param>
public sealed record WithheldChronology(string Module, string Note);
