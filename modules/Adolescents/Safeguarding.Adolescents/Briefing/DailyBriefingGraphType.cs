using GraphQL;
using GraphQL.Types;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Adolescents.Briefing;

public sealed class DailyBriefingGraphType : ObjectGraphType<BriefingView>
{
    public DailyBriefingGraphType()
    {
        Name = "DailyIntelligenceBriefing";
        Description = "The young people most at risk at the end of a UK day, in priority order, with the reasons and the agreed responses.";
        Field<IdGraphType>("id").Description("Set once published.").Resolve(c => c.Source.Id);
        Field(x => x.Date);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("asOf").Description("The end of the day in UK time: the data the briefing was made from.").Resolve(c => UkTime.ToUk(c.Source.AsOf));
        Field(x => x.Published);
        Field<DateTimeOffsetGraphType>("publishedAt").Resolve(c => c.Source.PublishedAt is { } p ? UkTime.ToUk(p) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BriefingEntryGraphType>>>>("entries").WithComplexityImpact(1, 50).Resolve(c => c.Source.Entries);
        Field(x => x.ResponsesDueFromPreviousDay).Description("Responses agreed on the previous day's published briefing.");
        Field(x => x.ResponsesDoneFromPreviousDay).Description("Of those, how many were done by the end of this briefing's day.");
    }
}
