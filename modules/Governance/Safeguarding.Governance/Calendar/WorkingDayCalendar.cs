namespace Safeguarding.Governance.Calendar;

/// <summary>A date the working-day calendar has no bank holiday data for; answered as an error rather than a guess.</summary>
public sealed class CalendarOutOfRangeException(DateOnly date, int firstYear, int lastYear)
    : Exception($"{date:d MMMM yyyy} is outside the working-day calendar, which covers {firstYear} to {lastYear} (England and Wales bank holidays).")
{
    public DateOnly Date { get; } = date;
}

/// <summary>
/// Working days in England and Wales: Monday to Friday, except bank holidays. The bank holidays are data
/// (the shared kernel's <see cref="SharedKernel.Time.BankHolidays"/>), not rules, so substitute days and
/// one-off holidays (the 2023 coronation) are exactly as published. Any date outside the covered years throws
/// <see cref="CalendarOutOfRangeException"/>: extend the data, never guess.
/// </summary>
public sealed class WorkingDayCalendar
{
    private static readonly Lazy<WorkingDayCalendar> Embedded = new(() =>
    {
        var holidays = SharedKernel.Time.BankHolidays.EnglandAndWales;
        return new WorkingDayCalendar(holidays.FirstYear, holidays.LastYear, holidays.Dates);
    });

    private readonly HashSet<DateOnly> _holidays;

    public WorkingDayCalendar(int firstYear, int lastYear, IEnumerable<DateOnly> bankHolidays)
    {
        if (lastYear < firstYear) throw new ArgumentException("The last year comes before the first.", nameof(lastYear));
        FirstYear = firstYear;
        LastYear = lastYear;
        _holidays = [.. bankHolidays];
        foreach (var stray in _holidays.Where(d => d.Year < firstYear || d.Year > lastYear))
            throw new ArgumentException($"The bank holiday {stray} lies outside {firstYear}-{lastYear}.", nameof(bankHolidays));
    }

    /// <summary>England and Wales, from the shared bank holiday data.</summary>
    public static WorkingDayCalendar EnglandAndWales => Embedded.Value;

    public int FirstYear { get; }
    public int LastYear { get; }
    public DateOnly FirstDate => new(FirstYear, 1, 1);
    public DateOnly LastDate => new(LastYear, 12, 31);
    public IReadOnlyCollection<DateOnly> BankHolidays => _holidays;

    public bool Covers(DateOnly date) => date >= FirstDate && date <= LastDate;

    public bool IsBankHoliday(DateOnly date) => _holidays.Contains(Checked(date));

    public bool IsWorkingDay(DateOnly date) =>
        Checked(date).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date);

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
        for (var remaining = Math.Abs(days); remaining > 0;)
        {
            current = Checked(current.AddDays(step));
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

    private DateOnly Checked(DateOnly date) =>
        Covers(date) ? date : throw new CalendarOutOfRangeException(date, FirstYear, LastYear);
}
