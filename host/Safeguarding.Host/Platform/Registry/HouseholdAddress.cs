namespace Safeguarding.Host.Platform.Registry;

/// <summary>
/// One address a person in the registry lived at, as a keyed hash of the address (never the address itself), with the
/// dates the person lived there: enough to find who lived under one roof at the same time without decrypting anyone's
/// identity, useless for learning where anyone lives without the registry's key.
/// </summary>
public sealed class HouseholdAddress
{
    public Guid SubjectId { get; init; }

    /// <summary>Base64 of the HMAC of the address in its compared form (<see cref="HouseholdAddressIndex.KeyOf"/>).</summary>
    public string AddressHash { get; init; } = "";

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}
