namespace Safeguarding.Scrutiny.Recommendations;

public sealed class RecommendationChangeGraphType : RecordGraphType<RecommendationChange>
{
    public RecommendationChangeGraphType() : base("ScrutinyRecommendationChange", null, x => x.Id, x => x.RecommendationId)
    {
    }
}
