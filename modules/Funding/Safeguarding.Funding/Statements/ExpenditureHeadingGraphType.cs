using GraphQL.Types;

namespace Safeguarding.Funding.Statements;

public sealed class ExpenditureHeadingGraphType : ObjectGraphType<ExpenditureHeading>
{
    public ExpenditureHeadingGraphType()
    {
        Name = "ExpenditureHeading";
        Field(x => x.Category);
        Field(x => x.Amount);
        Field(x => x.SharePercent);
    }
}
