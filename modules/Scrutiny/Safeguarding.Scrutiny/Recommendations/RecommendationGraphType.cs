namespace Safeguarding.Scrutiny.Recommendations;

public sealed class RecommendationGraphType : RecordGraphType<Recommendation>
{
    public RecommendationGraphType() : base("ScrutinyRecommendation", "An item of the independent scrutineer's annual judgement, tracked to closure.",
        x => x.RecordedAt)
    {
        ShownAs<ScrutinyThemeGraphType>(x => x.Theme);
        ShownAs<RecommendationKindGraphType>(x => x.Kind);
        ShownAs<RecommendationStatusGraphType>(x => x.Status);
        Describe(x => x.Text, "The scrutineer's words.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecommendationChangeGraphType>>>>("history")
            .Description("Status changes, oldest first.")
            .LoadsMany(x => x.Id, (recommendations, batch) => batch.Service<RecommendationTracking>().HistoriesAsync(recommendations, batch.CancellationToken), h => h.RecommendationId);
    }
}
