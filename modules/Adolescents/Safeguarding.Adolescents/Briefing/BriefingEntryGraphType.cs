using GraphQL;
using GraphQL.Types;

namespace Safeguarding.Adolescents.Briefing;

public sealed class BriefingEntryGraphType : ObjectGraphType<BriefingEntryView>
{
    public BriefingEntryGraphType()
    {
        Name = "DailyIntelligenceBriefingEntry";
        Field<IdGraphType>("id").Description("Set once the briefing is published; responses are agreed against it.").Resolve(c => c.Source.Id);
        Field(x => x.Rank);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.SubjectId);
        Field(x => x.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<BriefingReason>>>>>("reasonCodes")
            .Resolve(c => c.Source.ReasonCodes.Select(Enum.Parse<BriefingReason>).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons").Description("The reasons in plain words.").Resolve(c => c.Source.Reasons);
        Field<AgreedResponseGraphType>("response").Description("The response agreed for this entry.").Resolve(c => c.Source.Response);
        Field<PreviousResponseGraphType>("previousResponse").Description("The response agreed for this young person on the previous day's briefing, and whether it was done.")
            .Resolve(c => c.Source.PreviousResponse);
    }
}
