using GraphQL.Types;

namespace Safeguarding.Governance.Voice;

public sealed class VoiceRecommendationGraphType : ObjectGraphType<VoiceRecommendation>
{
    public VoiceRecommendationGraphType()
    {
        Name = "YoungSafeguardersRecommendation";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Text);
        Field<NonNullGraphType<EnumerationGraphType<RecommendationStatus>>>("status").Resolve(c => c.Source.Status);
        Field(x => x.Response, nullable: true);
        Field(x => x.RespondedOn, nullable: true);
    }
}
