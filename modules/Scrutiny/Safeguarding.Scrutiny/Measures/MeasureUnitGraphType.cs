namespace Safeguarding.Scrutiny.Measures;

public sealed class MeasureUnitGraphType : EnumerationGraphType<MeasureUnit>
{
    public MeasureUnitGraphType() { Name = "ScorecardUnit"; Description = "COUNT, PERCENT (0-100) or SCORE (1-5)."; }
}
