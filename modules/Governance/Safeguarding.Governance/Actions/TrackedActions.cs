namespace Safeguarding.Governance.Actions;

/// <summary>What is asked of every kind of <see cref="ITrackedAction"/> alike.</summary>
public static class TrackedActions
{
    /// <summary>The actions not completed by their due date on <paramref name="day"/>, oldest first, for reading only.</summary>
    public static async Task<IReadOnlyList<TAction>> OverdueOnAsync<TAction>(this IQueryable<TAction> actions, DateOnly day, CancellationToken ct)
        where TAction : class, ITrackedAction =>
        await actions.AsNoTracking()
            .Where(a => a.Status != ActionStatus.Completed && a.DueDate < day)
            .OrderBy(a => a.DueDate).ThenBy(a => a.Title).ToListAsync(ct);
}
