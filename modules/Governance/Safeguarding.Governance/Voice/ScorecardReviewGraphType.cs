namespace Safeguarding.Governance.Voice;

public sealed class ScorecardReviewGraphType : RecordGraphType<ScorecardReview>
{
    public ScorecardReviewGraphType() : base("YoungSafeguardersScorecardReview", null)
    {
        ShownAs<FinancialQuarterGraphType>(x => x.Quarter);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VoiceRecommendationGraphType>>>>("recommendations").Description("The young safeguarders' recommendations from the review.")
            .LoadsMany(x => x.Id, (reviews, batch) => batch.Service<YoungSafeguardersReviews>().RecommendationsOfAsync(reviews, batch.CancellationToken), r => r.ReviewId);
    }
}
