namespace Safeguarding.Scrutiny.Recommendations;

public sealed class RecommendationGraphType : RecordGraphType<Recommendation>
{
    /// <summary>
    /// Status changes of one recommendation, for the complexity analysis: owned, answered, closed, now and then reopened
    /// and closed again.
    /// </summary>
    public const int ChangesPerRecommendation = 5;

    public RecommendationGraphType() : base("ScrutinyRecommendation", "An item of the independent scrutineer's annual judgement, tracked to closure.",
        x => x.RecordedAt)
    {
        IdentifiedAsNode();
        ShownAs<FinancialYearGraphType>(x => x.Year);
        Describe(x => x.Text, "The scrutineer's words.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecommendationChangeGraphType>>>>("history")
            .Description("Status changes, oldest first.").Rows(ChangesPerRecommendation)
            .LoadsMany(x => x.Id, (recommendations, batch) => batch.Service<RecommendationTracking>().HistoriesAsync(recommendations, batch.CancellationToken), h => h.RecommendationId);
    }
}
