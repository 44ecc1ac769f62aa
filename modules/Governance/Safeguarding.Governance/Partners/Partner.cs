namespace Safeguarding.Governance.Partners;

public enum PartnerKind
{
    /// <summary>A safeguarding partner under Working Together 2023 (local authority, police, ICB; education from 2024).</summary>
    StatutoryPartner,
    /// <summary>An agency designated by the partnership to work with the statutory partners.</summary>
    RelevantAgency,
}

/// <summary>An agency of the partnership.</summary>
public sealed class Partner
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public PartnerKind Kind { get; set; }
    /// <summary>e.g. Local authority, Police, Health, Education, Voluntary sector.</summary>
    public string Sector { get; set; } = "";
    /// <summary>Statutory partners: the post of the Lead Safeguarding Partner (e.g. "Chief Executive").</summary>
    public string? LeadSafeguardingPartner { get; set; }
    /// <summary>Statutory partners: the post of the Delegated Safeguarding Partner; empty while not appointed.</summary>
    public string? DelegatedSafeguardingPartner { get; set; }

    public bool IsStatutory => Kind == PartnerKind.StatutoryPartner;
}
