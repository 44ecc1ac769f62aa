using Safeguarding.Adolescents.Contracts;
using Safeguarding.Adolescents.Persistence;

namespace Safeguarding.Adolescents.Briefing;

/// <summary>The Daily Intelligence Briefing: read or generated for a day, published, and the responses agreed and done.</summary>
internal static class BriefingGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<DailyBriefingGraphType>>("dailyIntelligenceBriefing").Argument<NonNullGraphType<DateOnlyGraphType>>("date", "The UK day of the briefing.")
            .Allow(Access.WorkingGroupMember).HandledBy(BriefingAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BriefingFiguresGraphType>>>>("dailyIntelligenceBriefingFigures")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from", "The first UK day counted.").Argument<NonNullGraphType<DateOnlyGraphType>>("to", "The last UK day counted.")
            .Allow(Access.WorkingGroupMember | Access.Scrutineer | Access.Administrator).HandledBy(FiguresAsync);

        slice.Mutation.Field<NonNullGraphType<DailyBriefingGraphType>>("publishDailyIntelligenceBriefing")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("date", "The UK day the briefing is for; not in the future.")
            .Allow(Access.WorkingGroupMember).HandledBy(PublishAsync);

        slice.Subscription.Field<NonNullGraphType<BriefingPublicationGraphType>>("dailyIntelligenceBriefingPublished")
            .Description("Each Daily Intelligence Briefing as it is published. Adolescents working group.")
            .Allow(Access.WorkingGroupMember).ResolveStream(c => c.Service<ILiveUpdates>().Watch<DailyBriefingPublished>());

        slice.Mutation.Field<NonNullGraphType<AgreedResponseGraphType>>("agreeBriefingResponse").Input<AgreeResponseInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(AgreeResponseAsync);

        slice.Mutation.Field<NonNullGraphType<AgreedResponseGraphType>>("completeBriefingResponse")
            .Argument<NonNullGraphType<IdGraphType>>("responseId", "The agreed response that was done, by its id.").Argument<StringGraphType>("outcome", "What came of the response, in a few words; optional.")
            .Allow(Access.WorkingGroupMember).HandledBy(CompleteResponseAsync);
    }

    /// <summary>
    /// The Daily Intelligence Briefing for a UK date: the published one if there is one, otherwise generated now from
    /// the data as of the end of that date. Adolescents working group.
    /// </summary>
    private static async Task<object?> BriefingAsync(IResolveFieldContext c) =>
        await c.Service<DailyBriefingGenerator>().ForDayAsync(c.GetArgument<DateOnly>("date"), c.CancellationToken);

    /// <summary>
    /// Published briefings between two dates (inclusive), counts only. Adolescents working group, scrutineer,
    /// administrators: small counts of young people are withheld for those outside the working group.
    /// </summary>
    private static async Task<object?> FiguresAsync(IResolveFieldContext c) =>
        await BriefingFigures.ForPeriodAsync(c.Service<AdolescentsDbContext>(), c.Period(BriefingFigures.MaxDays, BriefingFigures.Longest), c.SmallNumbers(), c.CancellationToken);

    /// <summary>
    /// Publishes the briefing for a UK date (not in the future): stores its entries and reasons, and tells Scrutiny the
    /// counts. Once per date. Adolescents working group.
    /// </summary>
    private static async Task<object?> PublishAsync(IResolveFieldContext c) =>
        await c.Service<DailyBriefingGenerator>().PublishDayAsync(c.GetArgument<DateOnly>("date"), c.User!.Actor(), c.CancellationToken);

    /// <summary>
    /// Records the response the partners agreed for an entry of a published briefing: what, which agencies own it, and
    /// by when. One per entry. Adolescents working group.
    /// </summary>
    private static async Task<object?> AgreeResponseAsync(IResolveFieldContext c) =>
        await c.Service<BriefingResponses>().AgreeAsync(c.GetArgument<AgreeResponseInput>("input"), c.User!.Actor(), c.CancellationToken);

    /// <summary>
    /// Records that an agreed response was done, with what came of it. The next day's briefing shows it. Adolescents
    /// working group.
    /// </summary>
    private static async Task<object?> CompleteResponseAsync(IResolveFieldContext c) =>
        await c.Service<BriefingResponses>().CompleteAsync(c.GetArgument<string>("responseId"), c.GetArgument<string?>("outcome"), c.User!.Actor(), c.CancellationToken);
}
