using Safeguarding.Scrutiny.Measures;

namespace Safeguarding.Scrutiny.Recommendations;

/// <summary>The independent scrutineer's recommendations, tracked to closure (<see cref="RecommendationTracking"/>).</summary>
internal static class RecommendationGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ConnectionGraphType<RecommendationGraphType>>>("scrutinyRecommendations")
            .Argument<FinancialYearGraphType>("year", "Only recommendations of this financial year; left out, every year.").Argument<RecommendationStatusGraphType>("status", "Only recommendations with this status; left out, every status.").Paged()
            .Allow(ScorecardGraph.Readers).HandledBy(RecommendationsAsync);

        slice.Mutation.Field<NonNullGraphType<RecommendationGraphType>>("addScrutinyRecommendation").Input<AddRecommendationInputType>()
            .Allow(Access.Scrutineer).HandledBy(AddAsync);

        slice.Mutation.Field<NonNullGraphType<RecommendationGraphType>>("assignRecommendationOwner")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The recommendation, by its id.").Argument<NonNullGraphType<StringGraphType>>("owner", "The body or agency that owns the response, as the partnership names it.").Argument<DateOnlyGraphType>("dueOn", "The UK day the owner's response is due; left out, no due date.")
            .Allow(Access.Administrator | Access.Scrutineer).HandledBy(AssignOwnerAsync);

        slice.Mutation.Field<NonNullGraphType<RecommendationGraphType>>("respondToRecommendation")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The recommendation, by its id.").Argument<NonNullGraphType<StringGraphType>>("response", "The owner's response, as they gave it.")
            .Allow(Access.Administrator | Access.Scrutineer).HandledBy(RespondAsync);

        slice.Mutation.Field<NonNullGraphType<RecommendationGraphType>>("closeRecommendation")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The recommendation to close, by its id.").Argument<NonNullGraphType<StringGraphType>>("evidence", "What shows the recommendation was met.")
            .Allow(Access.Scrutineer).HandledBy(CloseAsync);

        slice.Mutation.Field<NonNullGraphType<RecommendationGraphType>>("reopenRecommendation")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The closed recommendation to reopen, by its id.").Argument<NonNullGraphType<StringGraphType>>("reason", "Why it is reopened; kept and audited.")
            .Allow(Access.Scrutineer).HandledBy(ReopenAsync);
    }

    /// <summary>The independent scrutineer's recommendations, by year (the earliest first) and theme, a page at a time.</summary>
    private static async Task<object?> RecommendationsAsync(IResolveFieldContext c) =>
        await Tracking(c).ListAsync(c.GetArgument<string?>("year"), c.GetArgument<RecommendationStatus?>("status"), c.PageAsked(), c.CancellationToken);

    /// <summary>Records an item of the scrutineer's judgement, open. The scrutineer.</summary>
    private static async Task<object?> AddAsync(IResolveFieldContext c) =>
        await Tracking(c).AddAsync(c.GetArgument<AddRecommendationInput>("input"), c.CancellationToken);

    /// <summary>
    /// Names the body or agency that owns the response, and when it is due. Administrators and the scrutineer.
    /// </summary>
    private static async Task<object?> AssignOwnerAsync(IResolveFieldContext c) =>
        await Tracking(c).AssignOwnerAsync(c.GetArgument<string>("id"), c.GetArgument<string>("owner"), c.GetArgument<DateOnly?>("dueOn"), c.CancellationToken);

    /// <summary>
    /// Records the owner's response; an open recommendation becomes in progress. Administrators and the scrutineer;
    /// audited.
    /// </summary>
    private static async Task<object?> RespondAsync(IResolveFieldContext c) =>
        await Tracking(c).RespondAsync(c.GetArgument<string>("id"), c.GetArgument<string>("response"), c.User!.Actor(), c.CancellationToken);

    /// <summary>Closes a recommendation with the evidence that it was met. The scrutineer only; audited.</summary>
    private static async Task<object?> CloseAsync(IResolveFieldContext c) =>
        await Tracking(c).CloseAsync(c.GetArgument<string>("id"), c.GetArgument<string>("evidence"), c.User!.Actor(), c.CancellationToken);

    /// <summary>Reopens a closed recommendation, with the reason. The scrutineer only; audited.</summary>
    private static async Task<object?> ReopenAsync(IResolveFieldContext c) =>
        await Tracking(c).ReopenAsync(c.GetArgument<string>("id"), c.GetArgument<string>("reason"), c.User!.Actor(), c.CancellationToken);

    private static RecommendationTracking Tracking(IResolveFieldContext c) => c.Service<RecommendationTracking>();
}
