namespace Safeguarding.Scrutiny.Measures;

public sealed class ScorecardGraphType : RecordGraphType<ScorecardView>
{
    public ScorecardGraphType() : base("Scorecard",
        "The partnership data scorecard for a range of quarters: figures per measure and quarter, breakdowns, gaps and trends.")
    {
        ShownAs<FinancialQuarterGraphType>(x => x.FromQuarter);
        ShownAs<FinancialQuarterGraphType>(x => x.ToQuarter);
        ShownAs<FinancialQuarterGraphType>(x => x.Quarters, 1);
        Rows(x => x.Measures, 20);
        Rows(x => x.Gaps, 4);
    }
}
