using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.SharedKernel.Paging;

/// <summary>
/// Pages a list newest first by an instant, then by id, with cursors that name a row by those two values (keyset
/// paging): a row stored while a client walks the list neither repeats a row nor skips one, and each page is an index
/// range, not a count of rows to skip. Three statements a page: the rows (one more than asked, to know whether more
/// follow), whether any come before, and the total.
/// </summary>
public static class KeysetPaging
{
    public static async Task<Page<T>> PageNewestFirstAsync<T>(this IQueryable<T> list, PageRequest request,
        Expression<Func<T, DateTimeOffset>> instant, Expression<Func<T, Guid>> id, CancellationToken ct)
    {
        request.Checked();
        var total = await list.CountAsync(ct);
        var readInstant = instant.Compile();
        var readId = id.Compile();

        // Forward: rows after the cursor in list order (older, or as old with a smaller id). Backward: rows before it, read
        // in reverse and turned round.
        var cursor = request.Backward ? request.Before : request.After;
        var position = cursor is null ? ((DateTimeOffset, Guid)?)null : Read(cursor, request.Backward ? "before" : "after");
        var beyond = position is { } p ? list.Where(Beyond(instant, id, p, older: !request.Backward)) : list;
        var ordered = request.Backward
            ? beyond.OrderBy(instant).ThenBy(id)
            : beyond.OrderByDescending(instant).ThenByDescending(id);
        var rows = await ordered.Take(request.Size + 1).ToListAsync(ct);
        var more = rows.Count > request.Size;
        if (more) rows.RemoveAt(rows.Count - 1);
        if (request.Backward) rows.Reverse();
        var behind = position is { } q && await list.AnyAsync(Beyond(instant, id, q, older: request.Backward), ct);

        var page = rows.Select(r => new PageRow<T>(r, Write(readInstant(r), readId(r)))).ToList();
        return request.Backward
            ? new Page<T>(page, HasPreviousPage: more, HasNextPage: behind, total)
            : new Page<T>(page, HasPreviousPage: behind, HasNextPage: more, total);
    }

    /// <summary>Rows past <paramref name="position"/> in list order (older) or before it (newer).</summary>
    private static Expression<Func<T, bool>> Beyond<T>(Expression<Func<T, DateTimeOffset>> instant, Expression<Func<T, Guid>> id,
        (DateTimeOffset Instant, Guid Id) position, bool older)
    {
        var row = instant.Parameters[0];
        var at = instant.Body;
        var key = ReplacingExpressionVisitor.Replace(id.Parameters[0], row, id.Body);
        var atValue = Expression.Constant(position.Instant);
        var idValue = Expression.Constant(position.Id);
        Expression body = older
            ? Expression.OrElse(Expression.LessThan(at, atValue), Expression.AndAlso(Expression.Equal(at, atValue), Expression.LessThan(key, idValue)))
            : Expression.OrElse(Expression.GreaterThan(at, atValue), Expression.AndAlso(Expression.Equal(at, atValue), Expression.GreaterThan(key, idValue)));
        return Expression.Lambda<Func<T, bool>>(body, row);
    }

    private static string Write(DateTimeOffset instant, Guid id) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{instant.UtcTicks}:{id:N}")));

    private static (DateTimeOffset, Guid) Read(string cursor, string argument)
    {
        try
        {
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(cursor));
            var parts = text.Split(':');
            if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks is >= 0 and <= 3155378975999999999 && Guid.TryParseExact(parts[1], "N", out var id))
                return (new DateTimeOffset(ticks, TimeSpan.Zero), id);
        }
        catch (FormatException)
        {
        }
        throw DomainException.Invalid(argument, "The cursor is not one this list gave: use a cursor from a page of the same list.");
    }
}
