namespace Safeguarding.Governance.Partners;

public sealed class PartnerGraphType : RecordGraphType<Partner>
{
    public PartnerGraphType() : base("Partner", "An agency of the partnership: a statutory partner or a relevant agency.", x => x.NameKey, x => x.IsRetired)
    {
        IdentifiedAsNode();
        Describe(x => x.LeadSafeguardingPartner, "The post of the Lead Safeguarding Partner.");
        Describe(x => x.DelegatedSafeguardingPartner, "The post of the Delegated Safeguarding Partner; empty while none is appointed.");
        Describe(x => x.RetiredOn, "The day the agency left the partnership; null while it is a partner.");
    }
}
