using GraphQL.Types;

namespace Safeguarding.Funding.Statements;

public sealed class IncomeSourceGraphType : ObjectGraphType<IncomeSource>
{
    public IncomeSourceGraphType()
    {
        Name = "IncomeSource";
        Field(x => x.Source);
        Field<IdGraphType>("partnerId").Resolve(c => c.Source.PartnerId);
        Field(x => x.IsStatutoryPartner);
        Field(x => x.IsGrant);
        Field(x => x.Amount);
        Field(x => x.SharePercent);
    }
}
