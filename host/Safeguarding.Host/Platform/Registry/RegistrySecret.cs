namespace Safeguarding.Host.Platform.Registry;

/// <summary>
/// A secret the registry generates once per deployment (the key of its blocking-key hashes), stored only as encrypted by
/// Data Protection: every instance on one database uses the same secret, and the database alone does not reveal it.
/// </summary>
public sealed class RegistrySecret
{
    public string Name { get; set; } = "";
    public string ProtectedValue { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
