namespace Safeguarding.Governance.Partners;

public sealed class AddPartnerInput
{
    public string? Name { get; set; }
    public PartnerKind Kind { get; set; }
    public string? Sector { get; set; }
    public string? LeadSafeguardingPartner { get; set; }
    public string? DelegatedSafeguardingPartner { get; set; }
}
