namespace Safeguarding.Governance.Voice;

public sealed class ScorecardReviewGraphType : RecordGraphType<ScorecardReview>
{
    public ScorecardReviewGraphType() : base("YoungSafeguardersScorecardReview", null)
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VoiceRecommendationGraphType>>>>("recommendations")
            .ResolveAsync(async c => (object?)await c.Service<YoungSafeguardersReviews>().RecommendationsAsync(c.Source.Id, c.CancellationToken));
    }
}
