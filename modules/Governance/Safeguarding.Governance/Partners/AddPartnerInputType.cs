namespace Safeguarding.Governance.Partners;

public sealed class AddPartnerInputType : RecordInputGraphType<AddPartnerInput>
{
    public AddPartnerInputType() : base("AddPartnerInput")
    {
        Required(x => x.Name, x => x.Sector);
    }
}
