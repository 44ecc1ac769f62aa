namespace Safeguarding.Governance.Actions;

/// <summary>What is asked of every kind of <see cref="ITrackedAction"/> alike.</summary>
public static class TrackedActions
{
    /// <summary>The actions not completed by their due date on <paramref name="day"/>, oldest first, a page at a time, for reading only.</summary>
    public static Task<Page<TAction>> OverdueOnAsync<TAction>(this IQueryable<TAction> actions, DateOnly day, PageRequest page, CancellationToken ct)
        where TAction : class, ITrackedAction =>
        actions.AsNoTracking().Where(a => a.Status != ActionStatus.Completed && a.DueDate < day).PageByDueDateAsync(page, ct);

    /// <summary>A page of actions by due date, the earliest first; of one day, by title.</summary>
    public static Task<Page<TAction>> PageByDueDateAsync<TAction>(this IQueryable<TAction> actions, PageRequest page, CancellationToken ct)
        where TAction : class, ITrackedAction =>
        actions.PageAsync(page, ListOrder<TAction>.Ascending(a => a.DueDate).ThenAscending(a => a.Title).ThenAscending(a => a.Id), ct);
}
