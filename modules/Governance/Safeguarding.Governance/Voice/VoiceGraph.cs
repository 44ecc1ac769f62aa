namespace Safeguarding.Governance.Voice;

/// <summary>The Young Safeguarders' reviews in the API: each field reads its arguments and calls <see cref="YoungSafeguardersReviews"/>.</summary>
internal static class VoiceGraph
{

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ConnectionGraphType<ScorecardReviewGraphType>>>("youngSafeguardersReviews").Paged()
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(ListReviewsAsync);

        slice.Mutation.Field<NonNullGraphType<ScorecardReviewGraphType>>("recordYoungSafeguardersReview").Input<RecordScorecardReviewInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(RecordReviewAsync);

        slice.Mutation.Field<NonNullGraphType<VoiceRecommendationGraphType>>("respondToYoungSafeguardersRecommendation")
            .Argument<NonNullGraphType<IdGraphType>>("recommendationId", "The young safeguarders' recommendation, by its id.")
            .Argument<NonNullGraphType<EnumerationGraphType<RecommendationStatus>>>("status", "Where the recommendation stands after this response.").Argument<NonNullGraphType<StringGraphType>>("response", "The partnership's response to the young people.")
            .Allow(Access.WorkingGroupMember).HandledBy(RespondAsync);
    }

    /// <summary>
    /// The Young Safeguarders' quarterly scorecard reviews and their recommendations, newest first, a page at a time.
    /// </summary>
    private static async Task<object?> ListReviewsAsync(IResolveFieldContext c) =>
        await c.Service<YoungSafeguardersReviews>().ListAsync(c.PageAsked(), c.CancellationToken);

    /// <summary>Records the young safeguarders' review of a quarter's scorecard, with their recommendations. Governance working group members.</summary>
    private static async Task<object?> RecordReviewAsync(IResolveFieldContext c) =>
        await c.Service<YoungSafeguardersReviews>().RecordAsync(c.GetArgument<RecordScorecardReviewInput>("input"), c.CancellationToken);

    /// <summary>Records the partnership's response to a young safeguarders' recommendation and where it now stands. Governance working group members.</summary>
    private static async Task<object?> RespondAsync(IResolveFieldContext c) =>
        await c.Service<YoungSafeguardersReviews>().RespondAsync(c.GetArgument<string>("recommendationId"), c.GetArgument<RecommendationStatus>("status"),
            c.GetArgument<string>("response"), c.CancellationToken);
}
