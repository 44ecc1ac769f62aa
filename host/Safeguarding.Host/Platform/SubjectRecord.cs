namespace Safeguarding.Host.Platform;

/// <summary>A person's identity, encrypted with ASP.NET Core Data Protection; only the id is in clear.</summary>
public sealed class SubjectRecord
{
    public Guid Id { get; set; }
    public string ProtectedIdentity { get; set; } = "";

    /// <summary>Which shape <see cref="ProtectedIdentity"/> holds (<see cref="ProtectedIdentities"/>).</summary>
    public int IdentityVersion { get; set; } = ProtectedIdentities.PersonVersion;

    public DateTimeOffset RegisteredAt { get; set; }
    public string RegisteredBy { get; set; } = "";

    /// <summary>The record this one was merged into as the same child; null while it stands for a person itself.</summary>
    public Guid? MergedInto { get; set; }

    /// <summary>When its blocking keys were hashed into the registry's index; null for a record not yet indexed.</summary>
    public DateTimeOffset? KeysHashedAt { get; set; }

    /// <summary>When its addresses were hashed into the household index; null for a record not yet indexed.</summary>
    public DateTimeOffset? HouseholdIndexedAt { get; set; }
}
