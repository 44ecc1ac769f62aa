namespace Safeguarding.Host.GraphQL;

/// <param name="SwitchedOffAt">When an administrator switched it off; null while it is on, or when it is off in the host's configuration.</param>
public sealed record ModuleView(string Name, string Description, string FeatureFlag, bool Enabled, DateTimeOffset? SwitchedOffAt = null)
{
    /// <summary>The module's name, as the id a client caches it by (it never changes).</summary>
    public string Id => Name;
}
