using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace Safeguarding.SharedKernel.Paging;

/// <summary>
/// One key of a <see cref="ListOrder{T}"/>: how the list is ordered by it, how a row compares with a cursor's value of
/// it, and how the value is written into a cursor and read back. Written once per kind of value, so that every list
/// orders, compares and writes cursors the same way.
/// </summary>
internal abstract class ListKey<T>
{
    public abstract string Shape { get; }
    public abstract IOrderedQueryable<T> OrderFirst(IQueryable<T> list, bool reversed);
    public abstract IOrderedQueryable<T> OrderThen(IOrderedQueryable<T> list, bool reversed);
    public abstract Expression Further(ParameterExpression row, object value, bool towardsEnd);
    public abstract Expression Equal(ParameterExpression row, object value);
    public abstract string Write(T row);
    public abstract object? Read(string text);

    public static ListKey<T> Of<TKey>(Expression<Func<T, TKey>> key, bool descending) =>
        typeof(TKey) switch
        {
            var t when t == typeof(DateTimeOffset) => new Typed<TKey>(key, descending, "t",
                v => ((DateTimeOffset)(object)v!).UtcTicks.ToString(CultureInfo.InvariantCulture),
                s => long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks
                    ? new DateTimeOffset(ticks, TimeSpan.Zero) : null),
            var t when t == typeof(DateOnly) => new Typed<TKey>(key, descending, "d",
                v => ((DateOnly)(object)v!).DayNumber.ToString(CultureInfo.InvariantCulture),
                s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day <= DateOnly.MaxValue.DayNumber
                    ? DateOnly.FromDayNumber(day) : null),
            var t when t == typeof(int) => new Typed<TKey>(key, descending, "i",
                v => ((int)(object)v!).ToString(CultureInfo.InvariantCulture),
                s => int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null),
            var t when t == typeof(long) => new Typed<TKey>(key, descending, "l",
                v => ((long)(object)v!).ToString(CultureInfo.InvariantCulture),
                s => long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null),
            var t when t == typeof(Guid) => new Typed<TKey>(key, descending, "g",
                v => ((Guid)(object)v!).ToString("N"),
                s => Guid.TryParseExact(s, "N", out var id) ? id : null),
            var t when t == typeof(string) => new Typed<TKey>(key, descending, "s", v => (string)(object)v!, s => s),
            _ => throw new ArgumentException($"A list is not ordered by {typeof(TKey).Name}: order it by an instant, a day, a whole number, an id or text.", nameof(key)),
        };

    private sealed class Typed<TKey>(Expression<Func<T, TKey>> key, bool descending, string kind, Func<TKey, string> write, Func<string, object?> read) : ListKey<T>
    {
        private readonly Func<T, TKey> _value = CompiledKeys.Of(key);

        public override string Shape => kind + (descending ? "-" : "+");

        public override IOrderedQueryable<T> OrderFirst(IQueryable<T> list, bool reversed) =>
            descending != reversed ? list.OrderByDescending(key) : list.OrderBy(key);

        public override IOrderedQueryable<T> OrderThen(IOrderedQueryable<T> list, bool reversed) =>
            descending != reversed ? list.ThenByDescending(key) : list.ThenBy(key);

        // Towards the end of a descending list the values fall; of an ascending one they rise.
        public override Expression Further(ParameterExpression row, object value, bool towardsEnd)
        {
            var (left, right) = (Body(row), Held(value));
            var less = descending == towardsEnd;
            if (typeof(TKey) != typeof(string)) return less ? Expression.LessThan(left, right) : Expression.GreaterThan(left, right);
            // Text has no < in C#: string.Compare against 0, which the database runs as < or > on the column.
            var compared = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, left, right);
            return less ? Expression.LessThan(compared, Expression.Constant(0)) : Expression.GreaterThan(compared, Expression.Constant(0));
        }

        public override Expression Equal(ParameterExpression row, object value) => Expression.Equal(Body(row), Held(value));

        public override string Write(T row) => write(_value(row));

        public override object? Read(string text) => read(text);

        private Expression Body(ParameterExpression row) => ReplacingExpressionVisitor.Replace(key.Parameters[0], row, key.Body);

        // The value read through a holder, as a captured variable is: the database is sent a parameter, so one query
        // shape serves every cursor instead of a new one compiled for each.
        private static MemberExpression Held(object value) =>
            Expression.Property(Expression.Constant(new Holder((TKey)value)), nameof(Holder.Value));

        private sealed class Holder(TKey value)
        {
            public TKey Value { get; } = value;
        }
    }
}

/// <summary>
/// The compiled reader of a list key, compiled once per key: a list's order is built for each request, and compiling its
/// keys each time cost more than reading the page. Only keys that read a property (or a property of a property) of the
/// row are kept, so two keys with the same text always read the same thing; any other key is compiled where it is used.
/// </summary>
internal static class CompiledKeys
{
    private static readonly ConcurrentDictionary<(Type Row, Type Key, string Path), Delegate> Readers = new();

    public static Func<T, TKey> Of<T, TKey>(Expression<Func<T, TKey>> key) =>
        PathOf(key.Body, key.Parameters[0]) is { } path
            ? (Func<T, TKey>)Readers.GetOrAdd((typeof(T), typeof(TKey), path), static (_, k) => k.Compile(), key)
            : key.Compile();

    /// <summary>"Meeting.HeldOn" for <c>m => m.Meeting.HeldOn</c>; null for anything but properties read from the row.</summary>
    private static string? PathOf(Expression body, ParameterExpression row) => body switch
    {
        MemberExpression { Expression: ParameterExpression p, Member: var m } when p == row => m.Name,
        MemberExpression { Expression: { } inner, Member: var m } => PathOf(inner, row) is { } path ? path + "." + m.Name : null,
        UnaryExpression { NodeType: ExpressionType.Convert, Operand: var operand } u => PathOf(operand, row) is { } path ? $"({u.Type.Name}){path}" : null,
        _ => null,
    };
}
