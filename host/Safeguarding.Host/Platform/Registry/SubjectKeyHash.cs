namespace Safeguarding.Host.Platform.Registry;

/// <summary>
/// One blocking key of a subject's identity, as a keyed hash (HMAC-SHA256 with the deployment's registry key): enough to
/// find the subjects that share a key with an arriving identity, useless for learning who anyone is without the key.
/// </summary>
public sealed class SubjectKeyHash
{
    public Guid SubjectId { get; set; }

    /// <summary>Base64 of the HMAC of the plain key, which is never stored.</summary>
    public string KeyHash { get; set; } = "";
}
