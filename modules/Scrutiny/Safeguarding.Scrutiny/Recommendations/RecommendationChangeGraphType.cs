using GraphQL.Types;

namespace Safeguarding.Scrutiny.Recommendations;

public sealed class RecommendationChangeGraphType : ObjectGraphType<RecommendationChange>
{
    public RecommendationChangeGraphType()
    {
        Name = "ScrutinyRecommendationChange";
        Field<NonNullGraphType<RecommendationStatusGraphType>>("fromStatus").Resolve(c => c.Source.FromStatus);
        Field<NonNullGraphType<RecommendationStatusGraphType>>("toStatus").Resolve(c => c.Source.ToStatus);
        Field(x => x.ChangedBy);
        Field(x => x.ChangedAt);
        Field(x => x.Note, nullable: true);
    }
}
