using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Safeguarding.SharedKernel.Paging;

/// <summary>
/// Pages a list in its order (<see cref="ListOrder{T}"/>) with cursors that name a row by its keys (keyset paging): a row
/// stored while a client walks the list neither repeats a row nor skips one, and each page is an index range, not a
/// count of rows to skip. Three statements a page: the rows (one more than asked, to know whether more follow), whether
/// any come before, and the total. The orders lists use most have a method of their own.
/// </summary>
public static class KeysetPaging
{
    /// <summary>Newest first by <paramref name="when"/> (an instant or a day), then by <paramref name="id"/>.</summary>
    public static Task<Page<T>> PageNewestFirstAsync<T, TWhen>(this IQueryable<T> list, PageRequest request,
        Expression<Func<T, TWhen>> when, Expression<Func<T, Guid>> id, CancellationToken ct) =>
        list.PageAsync(request, ListOrder<T>.Descending(when).ThenDescending(id), ct);

    /// <summary>
    /// Oldest first by <paramref name="when"/> (an instant or a day), then by <paramref name="id"/>: an agenda, a queue
    /// of what is overdue, a calendar, read from the earliest.
    /// </summary>
    public static Task<Page<T>> PageOldestFirstAsync<T, TWhen>(this IQueryable<T> list, PageRequest request,
        Expression<Func<T, TWhen>> when, Expression<Func<T, Guid>> id, CancellationToken ct) =>
        list.PageAsync(request, ListOrder<T>.Ascending(when).ThenAscending(id), ct);

    /// <summary>Newest first by a sequence number that only grows (an identity column): the newest row has the highest.</summary>
    public static Task<Page<T>> PageNewestFirstAsync<T>(this IQueryable<T> list, PageRequest request, Expression<Func<T, long>> sequence, CancellationToken ct) =>
        list.PageAsync(request, ListOrder<T>.Descending(sequence), ct);

    /// <summary>
    /// The page of <paramref name="list"/> in <paramref name="order"/> that <paramref name="request"/> asks for. Forward:
    /// the rows after the cursor. Backward: the rows before it, read from the cursor towards the start and turned round.
    /// A list held in memory (a queue worked out in code) is paged the same way, with the same cursors.
    /// </summary>
    public static async Task<Page<T>> PageAsync<T>(this IQueryable<T> list, PageRequest request, ListOrder<T> order, CancellationToken ct)
    {
        request.Checked();
        var cursor = request.Backward ? request.Before : request.After;
        var place = cursor is null ? null : order.PlaceOf(cursor, request.Backward ? "before" : "after");
        var total = await CountAsync(list, ct);
        var past = place is null ? list : list.Where(order.Beyond(place, towardsEnd: !request.Backward));
        var rows = await ToListAsync(order.Apply(past, reversed: request.Backward).Take(request.Size + 1), ct);
        var more = rows.Count > request.Size;
        if (more) rows.RemoveAt(rows.Count - 1);
        if (request.Backward) rows.Reverse();
        // The cursor's own row lies behind the page too: a page after the first row has one before it.
        var behind = place is not null && await AnyAsync(list.Where(order.UpTo(place, towardsEnd: !request.Backward)), ct);

        var page = rows.Select(r => new PageRow<T>(r, order.CursorOf(r))).ToList();
        return request.Backward
            ? new Page<T>(page, HasPreviousPage: more, HasNextPage: behind, total)
            : new Page<T>(page, HasPreviousPage: behind, HasNextPage: more, total);
    }

    // A database list is read asynchronously; a list in memory has nothing to wait for.
    private static async Task<int> CountAsync<T>(IQueryable<T> list, CancellationToken ct) =>
        list.Provider is IAsyncQueryProvider ? await list.CountAsync(ct) : list.Count();

    private static async Task<List<T>> ToListAsync<T>(IQueryable<T> list, CancellationToken ct) =>
        list.Provider is IAsyncQueryProvider ? await list.ToListAsync(ct) : list.ToList();

    private static async Task<bool> AnyAsync<T>(IQueryable<T> list, CancellationToken ct) =>
        list.Provider is IAsyncQueryProvider ? await list.AnyAsync(ct) : list.Any();
}
