namespace Safeguarding.Scrutiny.Measures;

public sealed class MeasureRowGraphType : RecordGraphType<MeasureRow>
{
    public MeasureRowGraphType() : base("ScorecardMeasure", "One measure of the partnership's scorecard. Counts only: no child is identified.")
    {
        ShownAs<MeasureUnitGraphType>(x => x.Unit);
        Describe(x => x.SourceStatus, "AVAILABLE, NO_DATA (nothing received yet), MODULE_ABSENT, MODULE_OFF, or RETURNS.");
        ShownAs<QuarterValueGraphType>(x => x.Values, 4);
        ShownAs<BreakdownRowGraphType>(x => x.Breakdown, 4);
        ShownAs<TrendGraphType>(x => x.Trend);
    }
}
