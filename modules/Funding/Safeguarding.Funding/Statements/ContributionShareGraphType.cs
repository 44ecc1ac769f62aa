using GraphQL.Types;

namespace Safeguarding.Funding.Statements;

public sealed class ContributionShareGraphType : ObjectGraphType<ContributionShare>
{
    public ContributionShareGraphType()
    {
        Name = "ContributionShare";
        Field(x => x.Group);
        Field(x => x.Amount);
        Field(x => x.SharePercent);
    }
}
