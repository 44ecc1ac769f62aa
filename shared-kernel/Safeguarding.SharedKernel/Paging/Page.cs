namespace Safeguarding.SharedKernel.Paging;

/// <summary>
/// One page of a list in its order: the rows with the cursor of each (where the next page starts after it), whether
/// rows come before and after the page, and how many rows the whole list holds.
/// </summary>
public sealed record Page<T>(IReadOnlyList<PageRow<T>> Rows, bool HasPreviousPage, bool HasNextPage, int TotalCount) : IPage
{
    IReadOnlyList<IPageRow> IPage.Rows => Rows;

    /// <summary>
    /// The same page with each row turned into what the list serves (an entity into its view), each keeping its cursor
    /// and place: the page is read by the entity's keys, the answer is the view.
    /// </summary>
    public Page<TResult> Select<TResult>(Func<T, TResult> map) =>
        new(Rows.Select(r => new PageRow<TResult>(map(r.Item), r.Cursor)).ToList(), HasPreviousPage, HasNextPage, TotalCount);
}

/// <summary>A row of a page and its cursor: opaque text that names the row's place in the list's order.</summary>
public sealed record PageRow<T>(T Item, string Cursor) : IPageRow
{
    object? IPageRow.Item => Item;
}

/// <summary>A page of any list, as the API serves it.</summary>
public interface IPage
{
    IReadOnlyList<IPageRow> Rows { get; }
    bool HasPreviousPage { get; }
    bool HasNextPage { get; }
    int TotalCount { get; }
}

/// <summary>A row of any page, and its cursor.</summary>
public interface IPageRow
{
    object? Item { get; }
    string Cursor { get; }
}
