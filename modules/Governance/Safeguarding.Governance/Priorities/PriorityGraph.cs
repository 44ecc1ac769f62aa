using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Priorities;

/// <summary>The partnership's priorities in the API: read only, seeded with the partnership's plan on a page.</summary>
internal static class PriorityGraph
{
    public static void Contribute(GraphQLSlice slice) =>
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PriorityGraphType>>>>("priorities")
            .Allow(Access.AnySignedIn).HandledBy(ListPrioritiesAsync);

    /// <summary>The partnership's priorities, each with its plan on a page.</summary>
    private static async Task<object?> ListPrioritiesAsync(IResolveFieldContext c) =>
        await c.Service<GovernanceDbContext>().Priorities.AsNoTracking().OrderBy(p => p.Name).ToListAsync(c.CancellationToken);
}
