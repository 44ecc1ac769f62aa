using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.SharedKernel.Paging;

/// <summary>
/// Pages a list newest first, by an instant and then an id, or by a sequence number, with cursors that name a row by
/// those values (keyset paging): a row stored while a client walks the list neither repeats a row nor skips one, and
/// each page is an index range, not a count of rows to skip. Three statements a page: the rows (one more than asked, to
/// know whether more follow), whether any come before, and the total.
/// </summary>
public static class KeysetPaging
{
    /// <summary>Newest first by <paramref name="instant"/>, then by <paramref name="id"/>.</summary>
    public static Task<Page<T>> PageNewestFirstAsync<T>(this IQueryable<T> list, PageRequest request,
        Expression<Func<T, DateTimeOffset>> instant, Expression<Func<T, Guid>> id, CancellationToken ct)
    {
        var readInstant = instant.Compile();
        var readId = id.Compile();
        return PageAsync(list, request,
            (query, newestFirst) => newestFirst ? query.OrderByDescending(instant).ThenByDescending(id) : query.OrderBy(instant).ThenBy(id),
            (cursor, argument, older) =>
            {
                var (at, key) = ReadInstantAndId(cursor, argument);
                return Beyond(instant, id, at, key, older);
            },
            row => Encode(string.Create(CultureInfo.InvariantCulture, $"{readInstant(row).UtcTicks}:{readId(row):N}")), ct);
    }

    /// <summary>Newest first by a sequence number that only grows (an identity column): the newest row has the highest.</summary>
    public static Task<Page<T>> PageNewestFirstAsync<T>(this IQueryable<T> list, PageRequest request, Expression<Func<T, long>> sequence, CancellationToken ct)
    {
        var read = sequence.Compile();
        return PageAsync(list, request,
            (query, newestFirst) => newestFirst ? query.OrderByDescending(sequence) : query.OrderBy(sequence),
            (cursor, argument, older) =>
            {
                var value = Expression.Constant(ReadSequence(cursor, argument));
                var body = older ? Expression.LessThan(sequence.Body, value) : Expression.GreaterThan(sequence.Body, value);
                return Expression.Lambda<Func<T, bool>>(body, sequence.Parameters[0]);
            },
            row => Encode(read(row).ToString(CultureInfo.InvariantCulture)), ct);
    }

    /// <summary>
    /// Forward: the rows after the cursor in list order (older). Backward: the rows before it (newer), read oldest first
    /// and turned round. <paramref name="beyond"/> gives the rows older (or newer) than a cursor's row.
    /// </summary>
    private static async Task<Page<T>> PageAsync<T>(IQueryable<T> list, PageRequest request, Func<IQueryable<T>, bool, IQueryable<T>> order,
        Func<string, string, bool, Expression<Func<T, bool>>> beyond, Func<T, string> cursorOf, CancellationToken ct)
    {
        request.Checked();
        var total = await list.CountAsync(ct);
        var cursor = request.Backward ? request.Before : request.After;
        var argument = request.Backward ? "before" : "after";
        var past = cursor is null ? list : list.Where(beyond(cursor, argument, !request.Backward));
        var rows = await order(past, !request.Backward).Take(request.Size + 1).ToListAsync(ct);
        var more = rows.Count > request.Size;
        if (more) rows.RemoveAt(rows.Count - 1);
        if (request.Backward) rows.Reverse();
        var behind = cursor is not null && await list.AnyAsync(beyond(cursor, argument, request.Backward), ct);

        var page = rows.Select(r => new PageRow<T>(r, cursorOf(r))).ToList();
        return request.Backward
            ? new Page<T>(page, HasPreviousPage: more, HasNextPage: behind, total)
            : new Page<T>(page, HasPreviousPage: behind, HasNextPage: more, total);
    }

    /// <summary>Rows past the position in list order (older) or before it (newer).</summary>
    private static Expression<Func<T, bool>> Beyond<T>(Expression<Func<T, DateTimeOffset>> instant, Expression<Func<T, Guid>> id,
        DateTimeOffset at, Guid key, bool older)
    {
        var row = instant.Parameters[0];
        var when = instant.Body;
        var which = ReplacingExpressionVisitor.Replace(id.Parameters[0], row, id.Body);
        var atValue = Expression.Constant(at);
        var idValue = Expression.Constant(key);
        Expression body = older
            ? Expression.OrElse(Expression.LessThan(when, atValue), Expression.AndAlso(Expression.Equal(when, atValue), Expression.LessThan(which, idValue)))
            : Expression.OrElse(Expression.GreaterThan(when, atValue), Expression.AndAlso(Expression.Equal(when, atValue), Expression.GreaterThan(which, idValue)));
        return Expression.Lambda<Func<T, bool>>(body, row);
    }

    private static string Encode(string position) => Convert.ToBase64String(Encoding.ASCII.GetBytes(position));

    private static string Decode(string cursor, string argument)
    {
        try
        {
            return Encoding.ASCII.GetString(Convert.FromBase64String(cursor));
        }
        catch (FormatException)
        {
            throw NotOurs(argument);
        }
    }

    private static (DateTimeOffset, Guid) ReadInstantAndId(string cursor, string argument)
    {
        var parts = Decode(cursor, argument).Split(':');
        if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks <= DateTimeOffset.MaxValue.UtcTicks && Guid.TryParseExact(parts[1], "N", out var id))
            return (new DateTimeOffset(ticks, TimeSpan.Zero), id);
        throw NotOurs(argument);
    }

    private static long ReadSequence(string cursor, string argument) =>
        long.TryParse(Decode(cursor, argument), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : throw NotOurs(argument);

    private static DomainException NotOurs(string argument) =>
        DomainException.Invalid(argument, "The cursor is not one this list gave: use a cursor from a page of the same list.");
}
