namespace Safeguarding.Scrutiny.Recommendations;

public sealed class RecommendationKindGraphType : EnumerationGraphType<RecommendationKind> { public RecommendationKindGraphType() => Name = "ScrutinyRecommendationKind"; }
