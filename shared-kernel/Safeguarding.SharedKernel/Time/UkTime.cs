namespace Safeguarding.SharedKernel.Time;

/// <summary>
/// The partnership works in UK time. Instants are stored in UTC (via <see cref="TimeProvider"/>, the shared clock);
/// dates that people reason about ("due on", "today") are UK calendar dates.
/// </summary>
public static class UkTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTimeOffset ToUk(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(ToUk(clock.GetUtcNow()).DateTime);

    /// <summary>The UTC instant of a UK wall-clock time on a date (the later instant when the clocks go back).</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local)) local = local.AddHours(1); // in the spring gap: the wall clock jumps forward
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Min() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
