namespace Safeguarding.DomesticAbuse.Risk;

public sealed class MaracReferralGraphType : RecordGraphType<MaracReferral>
{
    public MaracReferralGraphType() : base("MaracReferral", null, x => x.Actions)
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MaracActionGraphType>>>>("actions").Description("The actions agreed at the MARAC.").WithComplexityImpact(1, 5)
            .Resolve(c => c.Source.Actions.OrderBy(a => a.DueOn).ThenBy(a => a.Agency));
    }
}
