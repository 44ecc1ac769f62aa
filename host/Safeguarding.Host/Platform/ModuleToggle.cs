namespace Safeguarding.Host.Platform;

/// <summary>One switch of a module on or off: the history administrators see.</summary>
public sealed class ModuleToggle
{
    public long Id { get; set; }
    public string Module { get; set; } = "";
    public bool Enabled { get; set; }
    public string ChangedBy { get; set; } = "";
    public DateTimeOffset ChangedAt { get; set; }
    public string? Reason { get; set; }
}
