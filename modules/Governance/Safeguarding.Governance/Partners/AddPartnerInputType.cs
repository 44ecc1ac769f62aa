using GraphQL.Types;

namespace Safeguarding.Governance.Partners;

public sealed class AddPartnerInputType : InputObjectGraphType<AddPartnerInput>
{
    public AddPartnerInputType()
    {
        Name = "AddPartnerInput";
        Field(x => x.Name);
        Field<NonNullGraphType<EnumerationGraphType<PartnerKind>>>("kind");
        Field(x => x.Sector);
        Field(x => x.LeadSafeguardingPartner, nullable: true);
        Field(x => x.DelegatedSafeguardingPartner, nullable: true);
    }
}
