using GraphQL.Types;

namespace Safeguarding.Adolescents.Briefing;

public sealed class PreviousResponseGraphType : ObjectGraphType<PreviousResponseView>
{
    public PreviousResponseGraphType()
    {
        Name = "BriefingPreviousResponse";
        Field<NonNullGraphType<AgreedResponseGraphType>>("response").Resolve(c => c.Source.Response);
        Field(x => x.Done).Description("Done by the end of this briefing's day.");
    }
}
