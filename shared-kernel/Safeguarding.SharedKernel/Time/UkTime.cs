using System.Globalization;

namespace Safeguarding.SharedKernel.Time;

/// <summary>
/// The partnership works in UK time. Instants are stored in UTC (via <see cref="TimeProvider"/>, the shared clock);
/// dates that people reason about ("due on", "today") are UK calendar dates, and every moment shown to a person is UK
/// wall-clock time with its zone (GMT or BST) named: when the clocks go back, 01:30 happens twice.
/// The API's DateTime values stay ISO 8601 with their offset; these are for pages, messages and printed reports.
/// </summary>
public static class UkTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static DateTimeOffset ToUk(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(ToUk(clock.GetUtcNow()).DateTime);

    /// <summary>The UK calendar date an instant falls on (23:30 UTC on a summer evening is the next day in the UK).</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToUk(instant).DateTime);

    /// <summary>"GMT" in winter, "BST" in summer, for the instant given.</summary>
    public static string ZoneName(DateTimeOffset instant) => Zone.IsDaylightSavingTime(instant) ? "BST" : "GMT";

    /// <summary>In a sentence: "09:30 on 1 April 2025 (BST)".</summary>
    public static string Show(DateTimeOffset instant) =>
        ToUk(instant).ToString("HH:mm 'on' d MMMM yyyy", English) + $" ({ZoneName(instant)})";

    /// <summary>In a table: "1 Apr 2025, 09:30 BST".</summary>
    public static string ShowShort(DateTimeOffset instant) =>
        ToUk(instant).ToString("d MMM yyyy, HH:mm", English) + " " + ZoneName(instant);

    /// <summary>The UTC instant of a UK wall-clock time on a date (the later instant when the clocks go back).</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local)) local = local.AddHours(1); // in the spring gap: the wall clock jumps forward
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Min() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
