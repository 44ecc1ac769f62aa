namespace Safeguarding.Scrutiny.Measures;

public sealed class MeasureRowGraphType : RecordGraphType<MeasureRow>
{
    public MeasureRowGraphType() : base("ScorecardMeasure", "One measure of the partnership's scorecard. Counts only: no child is identified.")
    {
        Describe(x => x.SourceStatus, "AVAILABLE, NO_DATA (nothing received yet), MODULE_ABSENT, MODULE_OFF, or RETURNS.");
        Rows(x => x.Values, 4);
        Rows(x => x.Breakdown, 4);
    }
}
