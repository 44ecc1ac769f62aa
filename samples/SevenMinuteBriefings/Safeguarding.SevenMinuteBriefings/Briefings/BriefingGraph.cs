namespace Safeguarding.SevenMinuteBriefings.Briefings;

/// <summary>The module's API: its fields, who may call them, and the resolver each one calls.</summary>
public static class BriefingGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ConnectionGraphType<SevenMinuteBriefingGraphType>>>("sevenMinuteBriefings").Paged()
            .Allow(Access.AnySignedIn).HandledBy(ListAsync);

        slice.Mutation.Field<SevenMinuteBriefingGraphType>("publishSevenMinuteBriefing").Input<PublishSevenMinuteBriefingInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(PublishAsync);
    }

    /// <summary>The partnership's seven-minute briefings, newest first, a page at a time.</summary>
    private static async Task<object?> ListAsync(IResolveFieldContext c) =>
        await c.Service<SevenMinuteBriefingLibrary>().ListAsync(c.PageAsked(), c.CancellationToken);

    /// <summary>Publishes a seven-minute briefing. Members of the SevenMinuteBriefings working group.</summary>
    private static async Task<object?> PublishAsync(IResolveFieldContext c) =>
        await c.Service<SevenMinuteBriefingLibrary>().PublishAsync(c.GetArgument<PublishSevenMinuteBriefingInput>("input"), c.User!.Actor(), c.CancellationToken);
}
