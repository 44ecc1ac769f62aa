namespace Safeguarding.SharedKernel.Time;

/// <summary>
/// Bank holidays in England and Wales for <see cref="FirstYear"/> to <see cref="LastYear"/>: the days the rules give
/// (<see cref="BankHolidayRules"/>), less the days one-off days moved, plus the one-off days. Immutable: a snapshot of
/// the reference data at the moment it was read (<see cref="IBankHolidayCalendar"/>). A date outside the covered years
/// is refused with <see cref="CalendarOutOfRangeException"/>, never guessed.
/// </summary>
public sealed class BankHolidays
{
    /// <summary>The first year answered: the earliest one-off day held (1995, VE day), so every covered year is complete.</summary>
    public const int FirstYear = 1995;

    /// <summary>The last year answered. Far enough for any deadline; a date beyond it is a typing error, not a plan.</summary>
    public const int LastYear = 2099;

    private static readonly Lazy<IReadOnlyDictionary<DateOnly, BankHoliday>> RuleDays = new(() =>
        Enumerable.Range(FirstYear, LastYear - FirstYear + 1).SelectMany(BankHolidayRules.EnglandAndWales).ToDictionary(d => d.Date));

    private readonly Dictionary<DateOnly, BankHoliday> _days;

    /// <param name="oneOffDays">The one-off days; those that replace a day of the rules take its place.</param>
    public BankHolidays(IEnumerable<BankHoliday> oneOffDays)
    {
        _days = new Dictionary<DateOnly, BankHoliday>(RuleDays.Value);
        var oneOffs = oneOffDays.Select(d => d with { OneOff = true }).OrderBy(d => d.Date).ToList();
        foreach (var replaced in oneOffs.Select(d => d.Replaces))
            if (replaced is { } date && _days.TryGetValue(date, out var day) && !day.OneOff) _days.Remove(date);
        foreach (var day in oneOffs) _days[day.Date] = day;
        OneOffDays = oneOffs;
    }

    /// <summary>The rules with the one-off days published since 1995 and nothing an administrator added: for tests and tools.</summary>
    public static BankHolidays WithPublishedHistory { get; } = new(PublishedOneOffBankHolidays.EnglandAndWales);

    public static DateOnly FirstDate => new(FirstYear, 1, 1);
    public static DateOnly LastDate => new(LastYear, 12, 31);

    public static bool Covers(DateOnly date) => date >= FirstDate && date <= LastDate;

    public static bool CoversYear(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>The one-off days, in date order.</summary>
    public IReadOnlyList<BankHoliday> OneOffDays { get; }

    public bool IsBankHoliday(DateOnly date) => _days.ContainsKey(Checked(date));

    /// <summary>The bank holiday on <paramref name="date"/>, or null.</summary>
    public BankHoliday? On(DateOnly date) => _days.GetValueOrDefault(Checked(date));

    /// <summary>Every bank holiday from 1 January of <paramref name="fromYear"/> to 31 December of <paramref name="toYear"/>, in date order.</summary>
    public IReadOnlyList<BankHoliday> InYears(int fromYear, int toYear)
    {
        if (!CoversYear(fromYear)) throw new CalendarOutOfRangeException(new DateOnly(Math.Clamp(fromYear, 1, 9999), 1, 1));
        if (!CoversYear(toYear)) throw new CalendarOutOfRangeException(new DateOnly(Math.Clamp(toYear, 1, 9999), 12, 31));
        return _days.Values.Where(d => d.Date.Year >= fromYear && d.Date.Year <= toYear).OrderBy(d => d.Date).ToList();
    }

    private static DateOnly Checked(DateOnly date) => Covers(date) ? date : throw new CalendarOutOfRangeException(date);
}
