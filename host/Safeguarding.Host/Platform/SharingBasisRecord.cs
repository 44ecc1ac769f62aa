namespace Safeguarding.Host.Platform;

/// <summary>
/// The recorded basis on which a module's information about a child is shared: consent given, consent refused, or consent
/// overridden (with the reason) because seeking it would put the child at risk. The latest record counts; each is audited.
/// </summary>
public sealed class SharingBasisRecord
{
    public Guid SubjectId { get; init; }
    public string Module { get; init; } = "";
    public SharingBasis Basis { get; private set; }
    public string? Reason { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Records the basis; overriding consent needs the reason (what seeking it would have risked for the child).</summary>
    public void Record(SharingBasis basis, string? reason, string by, DateTimeOffset at)
    {
        new InputCheck()
            .Require(basis != SharingBasis.ConsentOverridden || !string.IsNullOrWhiteSpace(reason), "reason",
                "Say why consent was overridden: what seeking it would have risked for the child.")
            .OptionalText(reason, "reason", "The reason", 2000)
            .ThrowIfInvalid();
        Basis = basis;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        RecordedBy = by;
        RecordedAt = at;
    }
}
