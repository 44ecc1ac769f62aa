using GraphQL.Types;

namespace Safeguarding.Funding.Years;

public sealed class SetBudgetInputType : InputObjectGraphType<SetBudgetInput>
{
    public SetBudgetInputType()
    {
        Name = "SetBudgetInput";
        Field(x => x.Year);
        Field<NonNullGraphType<EnumerationGraphType<BudgetKind>>>("kind");
        Field(x => x.Heading).Description("An income source or expenditure category, as recorded.");
        Field(x => x.Amount);
    }
}
