namespace Safeguarding.Scrutiny.Measures;

public sealed class DataGapGraphType : RecordGraphType<DataGapView>
{
    public DataGapGraphType() : base("ScorecardDataGap", "An agency expected to supply a measure that supplied nothing for some quarters.")
    {
        ShownAs<FinancialQuarterGraphType>(x => x.Quarters, 1);
    }
}
