namespace Safeguarding.Scrutiny.Measures;

public sealed class BreakdownRowGraphType : RecordGraphType<BreakdownRow>
{
    public BreakdownRowGraphType() : base("ScorecardBreakdown", "The measure for one agency, body or grade, per quarter.")
    {
        Rows(x => x.Values, 4);
    }
}
