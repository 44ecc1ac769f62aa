namespace Safeguarding.Scrutiny.Measures;

public sealed class TrendGraphType : RecordGraphType<Trend>
{
    public TrendGraphType() : base("ScorecardTrend",
        "From the first ended quarter with a figure (status FIGURE) to the last; quarters under way, to come or without data are not part of it.")
    {
        ShownAs<FinancialQuarterGraphType>(x => x.FromQuarter);
        ShownAs<FinancialQuarterGraphType>(x => x.ToQuarter);
        Describe(x => x.Direction, "UP, DOWN, STEADY, or UNKNOWN with fewer than two ended quarters with a figure.");
    }
}
