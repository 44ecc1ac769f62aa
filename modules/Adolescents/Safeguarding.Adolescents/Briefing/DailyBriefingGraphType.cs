namespace Safeguarding.Adolescents.Briefing;

public sealed class DailyBriefingGraphType : RecordGraphType<BriefingView>
{
    public DailyBriefingGraphType() : base("DailyIntelligenceBriefing",
        "The young people most at risk at the end of a UK day, in priority order, with the reasons and the agreed responses.", x => x.AsOf, x => x.PublishedAt)
    {
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("asOf").Description("The end of the day in UK time: the data the briefing was made from.").Resolve(c => UkTime.ToUk(c.Source.AsOf));
        Field<DateTimeOffsetGraphType>("publishedAt").Description("When it was published (UK time); null when generated now.").Resolve(c => c.Source.PublishedAt is { } p ? UkTime.ToUk(p) : null);
        Rows(x => x.Entries, 50);
    }
}
