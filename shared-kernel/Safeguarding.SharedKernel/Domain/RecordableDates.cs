using System.Globalization;

namespace Safeguarding.SharedKernel.Domain;

/// <summary>
/// The dates the partnership records: 1 January 1900 to 31 December 2199. Wide enough for any adult's date of birth and
/// any plan's horizon; narrow enough that every rule may add years, months or days to a date it was given, and compare
/// the result, without running off the end of the calendar (DateOnly stops at 9999). The host refuses any date argument
/// outside it, inside input objects and lists too, before a resolver runs; rules keep their own narrower ranges.
/// </summary>
public static class RecordableDates
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2199, 12, 31);

    private static readonly DateTimeOffset EarliestInstant = new(Earliest.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    private static readonly DateTimeOffset EndInstant = new(Latest.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static bool Contains(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary>An instant is recordable when it falls within the recordable days in UTC.</summary>
    public static bool Contains(DateTimeOffset instant) => instant >= EarliestInstant && instant < EndInstant;

    /// <summary>What a practitioner is told about a date outside the range (the field it was given for is named beside it).</summary>
    public static string OutsideMessage(DateOnly given) =>
        string.Create(CultureInfo.InvariantCulture, $"{given:d MMMM yyyy} is outside the dates the partnership records ({Earliest:d MMMM yyyy} to {Latest:d MMMM yyyy}).");
}
