namespace Safeguarding.Governance.Calendar;

/// <summary>
/// Working days in England and Wales: Monday to Friday, except bank holidays as they stand (the rules for every year,
/// with the one-off days administrators keep: <see cref="IBankHolidayCalendar"/>). Answers for
/// <see cref="SharedKernel.Time.BankHolidays.FirstYear"/> to <see cref="SharedKernel.Time.BankHolidays.LastYear"/>; a
/// date outside, given or reached while counting, throws <see cref="CalendarOutOfRangeException"/>, never a guess.
/// </summary>
public sealed class WorkingDayCalendar(BankHolidays bankHolidays)
{
    /// <summary>The working-day calendar with the bank holidays as they stand now.</summary>
    public static async Task<WorkingDayCalendar> CurrentAsync(IBankHolidayCalendar bankHolidays, CancellationToken ct) =>
        new(await bankHolidays.CurrentAsync(ct));

    public BankHolidays BankHolidays { get; } = bankHolidays;

    public static bool Covers(DateOnly date) => BankHolidays.Covers(date);

    public bool IsBankHoliday(DateOnly date) => BankHolidays.IsBankHoliday(date);

    public bool IsWorkingDay(DateOnly date) => !BankHolidays.IsBankHoliday(date) && !BankHolidayRules.IsWeekend(date);

    /// <summary>
    /// The date <paramref name="days"/> working days after <paramref name="date"/> (before it when negative): the start
    /// day itself is not counted, so 15 working days after a Monday notification with no holidays is the Monday three
    /// weeks later. Zero answers the date itself. A start on a weekend or holiday counts from the next working day.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly date, int days)
    {
        Checked(date);
        var step = days >= 0 ? 1 : -1;
        var current = date;
        for (var remaining = Math.Abs((long)days); remaining > 0;)
        {
            // The bounds are checked before stepping, so counting never reaches the ends of DateOnly.
            current = Checked(current).AddDays(step);
            if (IsWorkingDay(current)) remaining--;
        }
        return current;
    }

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/>
    /// is earlier. The inverse of <see cref="AddWorkingDays"/> for a working-day start: <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        Checked(from);
        Checked(to);
        if (to < from) return -WorkingDaysBetween(to, from);
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (IsWorkingDay(d)) count++;
        return count;
    }

    private static DateOnly Checked(DateOnly date) => Covers(date) ? date : throw new CalendarOutOfRangeException(date);
}
