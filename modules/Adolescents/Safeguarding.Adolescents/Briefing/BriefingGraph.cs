using Safeguarding.Adolescents.Persistence;

namespace Safeguarding.Adolescents.Briefing;

/// <summary>The Daily Intelligence Briefing: read or generated for a day, published, and the responses agreed and done.</summary>
internal static class BriefingGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<DailyBriefingGraphType>>("dailyIntelligenceBriefing")
            .Description("The Daily Intelligence Briefing for a UK date: the published one if there is one, otherwise generated now from the data as of the end of that date. Adolescents working group.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("date")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(BriefingAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BriefingFiguresGraphType>>>>("dailyIntelligenceBriefingFigures")
            .Description("Published briefings between two dates (inclusive), counts only. Adolescents working group, scrutineer, administrators.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to")
            .Allow(Access.WorkingGroupMember | Access.Scrutineer | Access.Administrator)
            .ResolveAsync(FiguresAsync);

        slice.Mutation.Field<NonNullGraphType<DailyBriefingGraphType>>("publishDailyIntelligenceBriefing")
            .Description("Publishes the briefing for a UK date (not in the future): stores its entries and reasons, and tells Scrutiny the counts. Once per date. Adolescents working group.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("date")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(PublishAsync);

        slice.Mutation.Field<NonNullGraphType<AgreedResponseGraphType>>("agreeBriefingResponse")
            .Description("Records the response the partners agreed for an entry of a published briefing: what, which agencies own it, and by when. One per entry. Adolescents working group.")
            .Argument<NonNullGraphType<AgreeResponseInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(AgreeResponseAsync);

        slice.Mutation.Field<NonNullGraphType<AgreedResponseGraphType>>("completeBriefingResponse")
            .Description("Records that an agreed response was done, with what came of it. The next day's briefing shows it. Adolescents working group.")
            .Argument<NonNullGraphType<IdGraphType>>("responseId")
            .Argument<StringGraphType>("outcome")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(CompleteResponseAsync);
    }

    private static async Task<object?> BriefingAsync(IResolveFieldContext c) =>
        await c.Service<DailyBriefingGenerator>().ForDayAsync(c.GetArgument<DateOnly>("date"), c.CancellationToken);

    private static async Task<object?> FiguresAsync(IResolveFieldContext c) =>
        await BriefingFigures.ForPeriodAsync(c.Service<AdolescentsDbContext>(), c.Period(BriefingFigures.MaxDays, BriefingFigures.Longest), c.CancellationToken);

    private static async Task<object?> PublishAsync(IResolveFieldContext c) =>
        await c.Service<DailyBriefingGenerator>().PublishDayAsync(c.GetArgument<DateOnly>("date"), c.User!.Actor(), c.CancellationToken);

    private static async Task<object?> AgreeResponseAsync(IResolveFieldContext c) =>
        await c.Service<BriefingResponses>().AgreeAsync(c.GetArgument<AgreeResponseInput>("input"), c.User!.Actor(), c.CancellationToken);

    private static async Task<object?> CompleteResponseAsync(IResolveFieldContext c) =>
        await c.Service<BriefingResponses>().CompleteAsync(c.GetArgument<string>("responseId"), c.GetArgument<string?>("outcome"), c.User!.Actor(), c.CancellationToken);
}
