namespace Safeguarding.Funding.Statements;

public sealed class BudgetVarianceGraphType : RecordGraphType<BudgetVariance>
{
    public BudgetVarianceGraphType() : base("BudgetVariance", null) => Describe(x => x.Variance, "Actual less budgeted.");
}
