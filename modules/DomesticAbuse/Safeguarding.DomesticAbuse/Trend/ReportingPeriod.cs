namespace Safeguarding.DomesticAbuse.Trend;

/// <summary>The period of a count: the <c>from</c> and <c>to</c> arguments (UK days, inclusive), by default the last 365 days.</summary>
public sealed record ReportingPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The first instant of the period.</summary>
    public DateTimeOffset Start => UkTime.At(From, TimeOnly.MinValue);
    /// <summary>The first instant after the period.</summary>
    public DateTimeOffset End => UkTime.At(To.AddDays(1), TimeOnly.MinValue);

    /// <summary>From <paramref name="from"/> (default 365 days before today) to <paramref name="to"/> (default today): at most three years.</summary>
    public static ReportingPeriod Of(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var period = new ReportingPeriod(from ?? today.AddDays(-365), to ?? today);
        new InputCheck().RequirePeriod(period.From, period.To, 3 * 366, "three years").ThrowIfInvalid();
        return period;
    }
}
