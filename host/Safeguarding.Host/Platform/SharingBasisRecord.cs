namespace Safeguarding.Host.Platform;

/// <summary>
/// The recorded lawful basis on which a module's information about a child is shared outside its working group: consent
/// given, refused or withdrawn; consent overridden (with the reason) because seeking it would put the child at risk; or a
/// statutory gateway. It may cite the information-sharing agreement it is made under. One per child and module: the
/// latest replaces the earlier; each is audited (never with the reason).
/// </summary>
public sealed class SharingBasisRecord
{
    public const int MaxReasonLength = 2000;

    public Guid SubjectId { get; init; }
    /// <summary>The module whose information about the child it covers.</summary>
    public string Module { get; init; } = "";
    /// <summary>The lawful basis: consent given, refused or withdrawn, consent overridden, or a statutory gateway.</summary>
    public SharingBasis Basis { get; private set; }
    public string? Reason { get; private set; }
    /// <summary>The code of the statutory gateway the information is shared under (a STATUTORY_GATEWAY basis only).</summary>
    public string? GatewayCode { get; private set; }
    /// <summary>The information-sharing agreement the basis cites, if any.</summary>
    public Guid? AgreementId { get; private set; }
    /// <summary>Who recorded it.</summary>
    public string RecordedBy { get; private set; } = "";
    /// <summary>When it was recorded.</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Whether the module's part of the child may be shown outside its working group on this basis.</summary>
    public bool PermitsSharing => PermitsSharingOn(Basis);

    /// <summary>
    /// Records the basis. Overriding consent needs the reason (what seeking it would have risked for the child), and only
    /// an override has one; sharing under a statutory gateway names it, and nothing else does; an agreement is cited only
    /// for a basis that permits sharing, and not once it is overdue for review (CONFLICT).
    /// </summary>
    public void Record(SharingBasis basis, string? reason, StatutoryGateway? gateway, SharingAgreement? agreement, string by, DateTimeOffset at)
    {
        var overridden = basis == SharingBasis.ConsentOverridden;
        var underGateway = basis == SharingBasis.StatutoryGateway;
        var hasReason = !string.IsNullOrWhiteSpace(reason);
        new InputCheck()
            .Require(!overridden || hasReason, "reason", "Say why consent was overridden: what seeking it would have risked for the child.")
            .Require(overridden || !hasReason, "reason", "A reason is recorded only when consent is overridden; leave it out for this basis.")
            .OptionalText(reason, "reason", "The reason", MaxReasonLength)
            .Require(!underGateway || gateway is not null, "gateway",
                "Name the statutory gateway the information is shared under (one of statutoryGateways, such as CHILDREN_ACT_1989_S47).")
            .Require(underGateway || gateway is null, "gateway", "A statutory gateway is named only when the basis is STATUTORY_GATEWAY.")
            .Require(agreement is null || PermitsSharingOn(basis), "agreement",
                "An information-sharing agreement is cited only for a basis that lets the information be shared (consent given, consent overridden or a statutory gateway).")
            .ThrowIfInvalid();
        if (agreement is not null && agreement.IsOverdueForReviewOn(UkTime.DateOf(at)))
            throw DomainException.Conflict($"The agreement \"{agreement.Title}\" was due for review on {agreement.ReviewBy:d MMMM yyyy} and has not been " +
                                           "reviewed: it cannot be cited until the data protection officer or an administrator records its review.");
        Basis = basis;
        Reason = hasReason ? reason!.Trim() : null;
        GatewayCode = gateway?.Code;
        AgreementId = agreement?.Id;
        RecordedBy = by;
        RecordedAt = at;
    }

    /// <summary>What the audit log says of the basis: its kind, gateway and agreement, never the reason.</summary>
    public string AuditMark => "Basis: " + Basis + (GatewayCode is null ? "" : $" {GatewayCode}") + (AgreementId is null ? "" : $", agreement {AgreementId}");

    private static bool PermitsSharingOn(SharingBasis basis) => basis is SharingBasis.ConsentGiven or SharingBasis.ConsentOverridden or SharingBasis.StatutoryGateway;
}
