using System.Globalization;
using System.Text.Json.Nodes;
using GraphQL.Types;

namespace Safeguarding.Tests.Integration.Hostile;

/// <summary>
/// One way of filling a field's arguments: <see cref="Value"/> gives the value at the end of the range for the slots this
/// variant is about (null: the slot takes its ordinary value). <see cref="RequiredOnly"/> leaves out every optional
/// argument and input field; <see cref="EmptyLists"/> sends every list empty. <see cref="DatesOutsideRecordable"/>: the
/// dates it gives lie outside the range the partnership records, so a field given one must refuse it.
/// </summary>
internal sealed record LimitVariant(string Name, Func<ArgumentSlot, JsonNode?> Value, bool RequiredOnly = false, bool EmptyLists = false, bool DatesOutsideRecordable = false)
{
    public static readonly string[] DateScalars = ["DateOnly", "Date"];
    public static readonly string[] DateTimeScalars = ["DateTimeOffset", "DateTime"];
    public static readonly string[] TextScalars = ["String", "ID"];

    /// <summary>
    /// The variants every field is tried with (those that change nothing for a field are not sent). A scalar the schema
    /// gains later that is not filled here fails the test (<c>LimitRequestBuilder</c> has no ordinary value for it) until
    /// it is taught its values.
    /// </summary>
    public static IReadOnlyList<LimitVariant> Catalogue { get; } =
    [
        Dates("the earliest dates", "0001-01-01", "0001-01-01T00:00:00+00:00", outside: true),
        Dates("the latest dates", "9999-12-31", "9999-12-31T23:59:59.9999999+00:00", outside: true),
        // The ends of the range the partnership records must work in every rule (or be refused by it), never crash.
        Dates("the earliest recordable dates", "1900-01-01", "1900-01-01T00:00:00+00:00"),
        Dates("the latest recordable dates", "2199-12-31", "2199-12-31T23:59:59+00:00"),
        WidestPeriod(),
        Dates("the earliest date-times, ahead of UTC", null, "0001-01-01T00:00:00+14:00", outside: true),
        Dates("the latest date-times, behind UTC", null, "9999-12-31T23:59:59.9999999-14:00", outside: true),
        Numbers("Int.MinValue", "Int", int.MinValue), Numbers("Int.MaxValue", "Int", int.MaxValue),
        Numbers("zero", "Int", 0), Numbers("minus one", "Int", -1),
        Numbers("Long.MinValue", "Long", long.MinValue), Numbers("Long.MaxValue", "Long", long.MaxValue),
        Numbers("the largest decimal", "Decimal", decimal.MaxValue), Numbers("the most negative decimal", "Decimal", decimal.MinValue),
        Numbers("the smallest decimal fraction", "Decimal", 0.0000000000000000000000000001m), Numbers("a negative decimal", "Decimal", -0.01m),
        Numbers("the largest float", "Float", double.MaxValue), Numbers("the most negative float", "Float", -double.MaxValue),
        Numbers("the smallest float", "Float", double.Epsilon),
        new("empty text", s => s.IsScalar(TextScalars) ? JsonValue.Create("") : null),
        new("random ids", s => s.IsScalar("ID") ? JsonValue.Create(Guid.NewGuid().ToString()) : null),
        new("empty lists", _ => null, EmptyLists: true),
        new("required arguments only", _ => null, RequiredOnly: true),
    ];

    /// <summary>Every enum value in turn: variant k gives each enum slot its k-th value (the ordinary value is the first).</summary>
    public static LimitVariant EnumValue(int k) =>
        new($"enum value #{k + 1}", s => s.Type is EnumerationGraphType e && e.Values.Count > k ? JsonValue.Create(e.Values.ElementAt(k).Name) : null);

    /// <summary>A text as long as the request limit allows (about a million characters) in one slot; ordinary values elsewhere.</summary>
    public static LimitVariant LongText(string path, int length) =>
        new($"{length:N0} characters in {path}", s => s.Path == path ? JsonValue.Create(LongString(length)) : null);

    public static string LongString(int length)
    {
        const string words = "Safeguarding at the ends of its range. ";
        return string.Create(length, words, (span, w) => { for (var i = 0; i < span.Length; i++) span[i] = w[i % w.Length]; });
    }

    private static LimitVariant Dates(string name, string? date, string dateTime, bool outside = false) =>
        new(name, s => s.IsScalar(DateScalars) && date is not null ? JsonValue.Create(date)
            : s.IsScalar("DateTimeOffset") ? JsonValue.Create(dateTime)
            : s.IsScalar("DateTime") ? JsonValue.Create(dateTime[..^6] + "Z")
            : null, DatesOutsideRecordable: outside);

    /// <summary>The first date of a field's arguments at the earliest recordable day, every other at the latest: "from" and "to" as far apart as they go.</summary>
    private static LimitVariant WidestPeriod()
    {
        var dates = Dates("the earliest recordable dates", "1900-01-01", "1900-01-01T00:00:00+00:00");
        var latest = Dates("the latest recordable dates", "2199-12-31", "2199-12-31T23:59:59+00:00");
        return new("the widest recordable period", s =>
        {
            var first = LimitRequestBuilder.Slots(s.Field).FirstOrDefault(d => dates.Value(d) is not null);
            return first?.Path == s.Path ? dates.Value(s) : latest.Value(s);
        });
    }

    private static LimitVariant Numbers<T>(string name, string scalar, T value) =>
        new(name, s => s.IsScalar(scalar) ? JsonNode.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!) : null);
}
