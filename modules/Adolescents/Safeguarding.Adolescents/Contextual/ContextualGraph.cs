namespace Safeguarding.Adolescents.Contextual;

/// <summary>Contextual safeguarding: adults and locations linked to several young people, with the links or in counts only.</summary>
internal static class ContextualGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ContextualPictureGraphType>>("contextualSafeguarding").Argument<IntGraphType>("windowDays", "How many days back links count; left out, 90.")
            .Allow(Access.WorkingGroupMember).HandledBy(PictureAsync);

        slice.Query.Field<NonNullGraphType<ContextualCountsGraphType>>("contextualSafeguardingCounts").Argument<IntGraphType>("windowDays", "How many days back links count; left out, 90.")
            .Allow(Access.WorkingGroupMember | Access.Scrutineer | Access.Administrator).HandledBy(CountsAsync);
    }

    /// <summary>
    /// Adults of concern and locations linked to two or more young people in the last windowDays days (default 90),
    /// with the links. Adolescents working group.
    /// </summary>
    private static async Task<object?> PictureAsync(IResolveFieldContext c) =>
        await c.Service<ContextualSafeguarding>().PictureAsync(c.GetArgument<int?>("windowDays"), c.CancellationToken);

    /// <summary>
    /// The same picture in counts only. Adolescents working group, scrutineer, administrators: small counts of people are
    /// withheld for those outside the working group.
    /// </summary>
    private static async Task<object?> CountsAsync(IResolveFieldContext c) =>
        await c.Service<ContextualSafeguarding>().CountsAsync(c.GetArgument<int?>("windowDays"), c.SmallNumbers(), c.CancellationToken);
}
