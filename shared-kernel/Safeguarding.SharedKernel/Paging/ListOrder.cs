using System.Linq.Expressions;
using System.Text;
using System.Text.Json;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.SharedKernel.Paging;

/// <summary>
/// The order a list is read in, key by key, each ascending or descending: the meeting day, then the body's name, then
/// the id. The keys together must name one row (end with an id or a sequence), so that the order is total and a cursor,
/// which holds a row's keys, names one place in it. Keys are instants, days, whole numbers, ids or text; none may be
/// null. <see cref="KeysetPaging.PageAsync{T}"/> reads a page of a list in this order.
/// </summary>
public sealed class ListOrder<T>
{
    private readonly IReadOnlyList<ListKey<T>> _keys;

    private ListOrder(IReadOnlyList<ListKey<T>> keys) => _keys = keys;

    public static ListOrder<T> Ascending<TKey>(Expression<Func<T, TKey>> key) => new([ListKey<T>.Of(key, descending: false)]);

    public static ListOrder<T> Descending<TKey>(Expression<Func<T, TKey>> key) => new([ListKey<T>.Of(key, descending: true)]);

    public ListOrder<T> ThenAscending<TKey>(Expression<Func<T, TKey>> key) => new([.. _keys, ListKey<T>.Of(key, descending: false)]);

    public ListOrder<T> ThenDescending<TKey>(Expression<Func<T, TKey>> key) => new([.. _keys, ListKey<T>.Of(key, descending: true)]);

    /// <summary>The list in this order, or turned round (<paramref name="reversed"/>) to read back from the end.</summary>
    internal IQueryable<T> Apply(IQueryable<T> list, bool reversed)
    {
        var ordered = _keys[0].OrderFirst(list, reversed);
        foreach (var key in _keys.Skip(1)) ordered = key.OrderThen(ordered, reversed);
        return ordered;
    }

    /// <summary>
    /// The rows past <paramref name="place"/> towards the end of the list, or towards its start: the first key further
    /// that way, or equal and the second further, and so on (a row's place compared key by key).
    /// </summary>
    internal Expression<Func<T, bool>> Beyond(IReadOnlyList<object> place, bool towardsEnd)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? any = null;
        Expression equalSoFar = Expression.Constant(true);
        for (var i = 0; i < _keys.Count; i++)
        {
            var further = Expression.AndAlso(equalSoFar, _keys[i].Further(row, place[i], towardsEnd));
            any = any is null ? further : Expression.OrElse(any, further);
            equalSoFar = Expression.AndAlso(equalSoFar, _keys[i].Equal(row, place[i]));
        }
        return Expression.Lambda<Func<T, bool>>(any!, row);
    }

    /// <summary>The rows up to <paramref name="place"/> and at it, coming from the other way: those not <see cref="Beyond"/> it.</summary>
    internal Expression<Func<T, bool>> UpTo(IReadOnlyList<object> place, bool towardsEnd)
    {
        var beyond = Beyond(place, towardsEnd);
        return Expression.Lambda<Func<T, bool>>(Expression.Not(beyond.Body), beyond.Parameters);
    }

    /// <summary>The cursor of a row: its keys, with the order's shape so that a cursor of another list's order is not taken for one of this.</summary>
    internal string CursorOf(T row)
    {
        var parts = new string[_keys.Count + 1];
        parts[0] = Shape;
        for (var i = 0; i < _keys.Count; i++) parts[i + 1] = _keys[i].Write(row);
        return Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(parts));
    }

    /// <summary>The place a cursor names, or VALIDATION (naming <paramref name="argument"/>) when this list's order did not write it.</summary>
    internal IReadOnlyList<object> PlaceOf(string cursor, string argument)
    {
        string[]? parts;
        try
        {
            parts = JsonSerializer.Deserialize<string[]>(Convert.FromBase64String(cursor));
        }
        catch (Exception e) when (e is FormatException or JsonException or DecoderFallbackException)
        {
            throw NotOurs(argument);
        }
        if (parts is null || parts.Length != _keys.Count + 1 || parts[0] != Shape) throw NotOurs(argument);
        var place = new object[_keys.Count];
        for (var i = 0; i < _keys.Count; i++)
            place[i] = parts[i + 1] is { } text && _keys[i].Read(text) is { } value ? value : throw NotOurs(argument);
        return place;
    }

    /// <summary>What kind each key is and which way it runs, e.g. "d-s+g+" for a day descending, then text and an id ascending.</summary>
    private string Shape => string.Concat(_keys.Select(k => k.Shape));

    private static DomainException NotOurs(string argument) =>
        DomainException.Invalid(argument, "The cursor is not one this list gave: use a cursor from a page of the same list.");
}
