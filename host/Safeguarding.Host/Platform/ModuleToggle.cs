namespace Safeguarding.Host.Platform;

/// <summary>One switch of a module on or off: the history administrators see.</summary>
public sealed class ModuleToggle
{
    public long Id { get; set; }
    /// <summary>The module switched.</summary>
    public string Module { get; set; } = "";
    /// <summary>True when it was switched on, false when off.</summary>
    public bool Enabled { get; set; }
    /// <summary>Who switched it.</summary>
    public string ChangedBy { get; set; } = "";
    /// <summary>When it was switched.</summary>
    public DateTimeOffset ChangedAt { get; set; }
    /// <summary>Why, as the administrator gave it; null when none was given.</summary>
    public string? Reason { get; set; }
}
