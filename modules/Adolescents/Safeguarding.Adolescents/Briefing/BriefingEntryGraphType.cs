namespace Safeguarding.Adolescents.Briefing;

public sealed class BriefingEntryGraphType : RecordGraphType<BriefingEntryView>
{
    public BriefingEntryGraphType() : base("DailyIntelligenceBriefingEntry", null, x => x.ReasonCodes)
    {
        // The entry holds its reason codes as text; the API shows them as the enumeration.
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<BriefingReason>>>>>("reasonCodes").Description("Why the young person is in the briefing.")
            .Resolve(c => c.Source.ReasonCodes.Select(Enum.Parse<BriefingReason>).ToList());
        ShownAs<PreviousResponseGraphType>(x => x.PreviousResponse).Description =
            "The response agreed for this young person on the previous day's briefing, and whether it was done.";
    }
}
