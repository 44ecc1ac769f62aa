namespace Safeguarding.Host.GraphQL;

/// <param name="SwitchedOffAt">When an administrator switched it off; null while it is on, or when it is off in the host's configuration.</param>
/// <param name="Description">What the module does for the partnership, in a sentence.</param>
/// <param name="Enabled">Whether the module is switched on now: its fields answer MODULE_DISABLED while it is off.</param>
/// <param name="FeatureFlag">The feature flag that switches the module, as configuration names it.</param>
/// <param name="Name">The module's name, which setModuleEnabled and the other administration fields take.</param>
public sealed record ModuleView(string Name, string Description, string FeatureFlag, bool Enabled, DateTimeOffset? SwitchedOffAt = null)
{
    /// <summary>The module's name, as the id a client caches it by (it never changes).</summary>
    public string Id => Name;
}
