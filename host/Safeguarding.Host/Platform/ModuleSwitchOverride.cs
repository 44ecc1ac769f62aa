namespace Safeguarding.Host.Platform;

/// <summary>An administrator's run-time choice for a module, overriding configuration until changed again.</summary>
public sealed class ModuleSwitchOverride
{
    public string Module { get; set; } = "";
    public bool Enabled { get; set; }
    public string ChangedBy { get; set; } = "";
    public DateTimeOffset ChangedAt { get; set; }
}
