namespace Safeguarding.Scrutiny.Recommendations;

public sealed class RecommendationStatusGraphType : EnumerationGraphType<RecommendationStatus> { public RecommendationStatusGraphType() => Name = "ScrutinyRecommendationStatus"; }
