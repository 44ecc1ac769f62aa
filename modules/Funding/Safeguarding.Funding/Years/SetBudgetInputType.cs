namespace Safeguarding.Funding.Years;

public sealed class SetBudgetInputType : RecordInputGraphType<SetBudgetInput>
{
    public SetBudgetInputType() : base("SetBudgetInput")
    {
        Describe(x => x.Heading, "An income source or expenditure category, as recorded.");
        AsFinancialYear(x => x.Year, required: true);
        Required(x => x.Heading);
    }
}
