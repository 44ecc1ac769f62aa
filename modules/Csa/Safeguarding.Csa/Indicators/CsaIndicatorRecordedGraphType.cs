namespace Safeguarding.Csa.Indicators;

public sealed class CsaIndicatorRecordedGraphType : RecordGraphType<IndicatorRecorded>
{
    public CsaIndicatorRecordedGraphType() : base("CsaIndicatorRecorded", null)
    {
    }
}
