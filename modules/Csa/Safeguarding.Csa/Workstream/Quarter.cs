namespace Safeguarding.Csa.Workstream;

/// <summary>Calendar quarters, ending 31 March, 30 June, 30 September and 31 December.</summary>
public readonly record struct Quarter(DateOnly Starts, DateOnly Ends)
{
    /// <summary>The longest period one request reports on.</summary>
    public const int MaxPeriodDays = 366 * 10;

    public static Quarter Containing(DateOnly day)
    {
        var starts = new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1);
        return new Quarter(starts, starts.AddMonths(3).AddDays(-1));
    }

    /// <summary>The quarters whose last day falls between from and to, inclusive.</summary>
    public static IEnumerable<Quarter> EndingBetween(DateOnly from, DateOnly to)
    {
        for (var q = Containing(from); q.Ends <= to; q = Containing(q.Ends.AddDays(1)))
            if (q.Ends >= from) yield return q;
    }

    /// <summary>The quarters a report from <paramref name="from"/> to <paramref name="to"/> covers: a period of at most ten years.</summary>
    public static List<Quarter> Reported(DateOnly from, DateOnly to)
    {
        new InputCheck().RequirePeriod(from, to, MaxPeriodDays, "ten years").ThrowIfInvalid();
        return EndingBetween(from, to).ToList();
    }
}
