using Safeguarding.Governance.Voice;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit.Governance;

/// <summary>The Young Safeguarders' reviews: a quarter's form, and how the partnership responds to what they recommend.</summary>
public sealed class YoungSafeguardersRulesTests
{
    private static readonly DateOnly Today = new(2024, 1, 15);

    private static VoiceRecommendation Recommendation() =>
        ScorecardReview.Record("2023/24 Q3", Today, "Reviewed the scorecard.", [" Ask young people about their plans "], Today).Recommendations.Single();

    [Fact]
    public void A_review_opens_each_recommendation_for_a_response()
    {
        var (review, recommendations) = ScorecardReview.Record("2023/24 Q3", Today, " Reviewed the scorecard. ", ["Ask young people", "Publish the answers"], Today);
        Assert.Equal(("2023/24 Q3", "Reviewed the scorecard."), (review.Quarter, review.Summary));
        Assert.All(recommendations, r => Assert.Equal((review.Id, RecommendationStatus.Open), (r.ReviewId, r.Status)));
        Assert.Equal("Ask young people about their plans", Recommendation().Text);
    }

    [Fact]
    public void Every_problem_with_a_review_is_reported_at_once()
    {
        var refused = Assert.Throws<DomainException>(() => ScorecardReview.Record("Q3 2023", Today.AddDays(1), "", ["Fine", " "], Today));
        Assert.Equal(["quarter", "reviewedOn", "summary", "recommendations[1]"], refused.Problems.Select(p => p.Field));
        Assert.Equal("The quarter must look like 2023/24 Q2.", refused.Problems[0].Message);
        Assert.Equal((ErrorCodes.Conflict, "The 2023/24 Q3 review is already recorded."), (ScorecardReview.AlreadyRecorded("2023/24 Q3").Code, ScorecardReview.AlreadyRecorded("2023/24 Q3").Message));
    }

    [Fact]
    public void A_response_accepts_completes_or_declines_and_done_or_declined_is_final()
    {
        var recommendation = Recommendation();
        var open = Assert.Throws<DomainException>(() => recommendation.Respond(RecommendationStatus.Open, "Thinking about it.", Today));
        Assert.Equal(("status", "A response accepts, completes or declines the recommendation."), (open.Problems.Single().Field, open.Message));

        recommendation.Respond(RecommendationStatus.Accepted, " We will ask at every review. ", Today);
        Assert.Equal((RecommendationStatus.Accepted, "We will ask at every review.", (DateOnly?)Today), (recommendation.Status, recommendation.Response, recommendation.RespondedOn));
        recommendation.Respond(RecommendationStatus.Done, "Asked at every review since January.", Today.AddDays(30));
        Assert.Equal(RecommendationStatus.Done, recommendation.Status);

        var final = Assert.Throws<DomainException>(() => recommendation.Respond(RecommendationStatus.Declined, "Changed our minds.", Today.AddDays(31)));
        Assert.Equal((ErrorCodes.Conflict, "This recommendation is already done."), (final.Code, final.Message));
    }
}
