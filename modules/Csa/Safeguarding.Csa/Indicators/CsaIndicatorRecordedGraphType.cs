namespace Safeguarding.Csa.Indicators;

public sealed class CsaIndicatorRecordedGraphType : ObjectGraphType<IndicatorRecorded>
{
    public CsaIndicatorRecordedGraphType()
    {
        Name = "CsaIndicatorRecorded";
        Field<NonNullGraphType<CsaIndicatorGraphType>>("indicator").Resolve(c => c.Source.Indicator);
        Field<CsaDiscussionFlagGraphType>("flag").Description("The child's open flag, if there is one.").Resolve(c => c.Source.Flag);
        Field(x => x.FlaggedNow).Description("True when this indicator raised the flag.");
    }
}
