using GraphQL.Types;
using Safeguarding.Funding.Years;

namespace Safeguarding.Funding.Statements;

public sealed class BudgetVarianceGraphType : ObjectGraphType<BudgetVariance>
{
    public BudgetVarianceGraphType()
    {
        Name = "BudgetVariance";
        Field<NonNullGraphType<EnumerationGraphType<BudgetKind>>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.Heading);
        Field(x => x.Budgeted);
        Field(x => x.Actual);
        Field(x => x.Variance).Description("Actual less budgeted.");
    }
}
