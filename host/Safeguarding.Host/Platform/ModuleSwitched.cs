namespace Safeguarding.Host.Platform;

/// <summary>A module switched on or off by an administrator: told live to every client once the switch is saved.</summary>
public sealed record ModuleSwitched(string Module, bool Enabled, DateTimeOffset At);
