namespace Safeguarding.Governance.Partners;

public sealed class AddPartnerInput
{
    /// <summary>The agency's name; it must differ from every other agency's whatever the letter case and spacing.</summary>
    public string? Name { get; set; }
    /// <summary>Statutory partner or relevant agency.</summary>
    public PartnerKind Kind { get; set; }
    /// <summary>The agency's sector, e.g. health, education or the voluntary sector; optional.</summary>
    public string? Sector { get; set; }
    /// <summary>The agency's lead safeguarding partner, by name or post; optional.</summary>
    public string? LeadSafeguardingPartner { get; set; }
    /// <summary>The agency's delegated safeguarding partner, by name or post; optional.</summary>
    public string? DelegatedSafeguardingPartner { get; set; }
}
