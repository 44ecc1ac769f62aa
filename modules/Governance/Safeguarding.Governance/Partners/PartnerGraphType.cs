using GraphQL.Types;

namespace Safeguarding.Governance.Partners;

public sealed class PartnerGraphType : ObjectGraphType<Partner>
{
    public PartnerGraphType()
    {
        Name = "Partner";
        Description = "An agency of the partnership: a statutory partner or a relevant agency.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Name);
        Field<NonNullGraphType<EnumerationGraphType<PartnerKind>>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.Sector);
        Field(x => x.IsStatutory).Description("True for the safeguarding partners: local authority, police, integrated care board and education.");
        Field(x => x.LeadSafeguardingPartner, nullable: true).Description("The post of the Lead Safeguarding Partner.");
        Field(x => x.DelegatedSafeguardingPartner, nullable: true).Description("The post of the Delegated Safeguarding Partner; empty while none is appointed.");
        Field(x => x.RetiredOn, nullable: true).Description("The day the agency left the partnership; null while it is a partner.");
    }
}
