using GraphQL.Types;
using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.Governance.Voice;

public sealed class ScorecardReviewGraphType : ObjectGraphType<ScorecardReview>
{
    public ScorecardReviewGraphType()
    {
        Name = "YoungSafeguardersScorecardReview";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Quarter);
        Field(x => x.ReviewedOn);
        Field(x => x.Summary);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VoiceRecommendationGraphType>>>>("recommendations")
            .ResolveAsync(async c => (object?)await c.Service<YoungSafeguardersReviews>().RecommendationsAsync(c.Source.Id, c.CancellationToken));
    }
}
