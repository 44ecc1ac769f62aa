namespace Safeguarding.Scrutiny.Measures;

public sealed class ScorecardGraphType : RecordGraphType<ScorecardView>
{
    public ScorecardGraphType() : base("Scorecard",
        "The partnership data scorecard for a range of quarters: figures per measure and quarter, breakdowns, gaps and trends.")
    {
        ShownAs<FinancialQuarterGraphType>(x => x.FromQuarter);
        ShownAs<FinancialQuarterGraphType>(x => x.ToQuarter);
        ShownAs<FinancialQuarterGraphType>(x => x.Quarters, 1);
        ShownAs<MeasureRowGraphType>(x => x.Measures, 20);
        ShownAs<DataGapGraphType>(x => x.Gaps, 4);
    }
}
