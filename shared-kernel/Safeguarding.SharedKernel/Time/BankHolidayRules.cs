namespace Safeguarding.SharedKernel.Time;

/// <summary>
/// The standing rules for bank holidays in England and Wales (Banking and Financial Dealings Act 1971 and the
/// proclamations made every year since the early May bank holiday began in 1978), for any year: New Year's Day, Good
/// Friday, Easter Monday, the first and last Mondays of May, the last Monday of August, Christmas Day and Boxing Day.
/// A fixed day that falls at a weekend gives a substitute day on the next weekday that is not already a holiday.
/// One-off days and moved days are not rules; they are reference data (<see cref="PublishedOneOffBankHolidays"/>).
/// </summary>
public static class BankHolidayRules
{
    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm: Meeus, Jones, Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The eight bank holidays the rules give in <paramref name="year"/>, in date order, named as GOV.UK names them.</summary>
    public static IReadOnlyList<BankHoliday> EnglandAndWales(int year)
    {
        var newYear = new DateOnly(year, 1, 1);
        var easter = EasterSunday(year);
        List<BankHoliday> days =
        [
            IsWeekend(newYear) ? new(NextMonday(newYear), "New Year's Day (substitute day)") : new(newYear, "New Year's Day"),
            new(easter.AddDays(-2), "Good Friday"),
            new(easter.AddDays(1), "Easter Monday"),
            new(FirstMonday(year, 5), "Early May bank holiday"),
            new(LastMonday(year, 5), "Spring bank holiday"),
            new(LastMonday(year, 8), "Summer bank holiday"),
        ];
        var christmas = new DateOnly(year, 12, 25);
        days.AddRange(christmas.DayOfWeek switch
        {
            // Boxing Day on Saturday: Monday 28th instead.
            DayOfWeek.Friday => [new(christmas, "Christmas Day"), new(christmas.AddDays(3), "Boxing Day (substitute day)")],
            // Both at the weekend: Monday 27th and Tuesday 28th.
            DayOfWeek.Saturday => [new(christmas.AddDays(2), "Christmas Day (substitute day)"), new(christmas.AddDays(3), "Boxing Day (substitute day)")],
            // Christmas on Sunday: Boxing Day is Monday 26th, so Christmas's substitute is Tuesday 27th.
            DayOfWeek.Sunday => [new(christmas.AddDays(1), "Boxing Day"), new(christmas.AddDays(2), "Christmas Day (substitute day)")],
            _ => [new(christmas, "Christmas Day"), new(christmas.AddDays(1), "Boxing Day")],
        });
        return days;
    }

    /// <summary>The bank holiday the rules give on <paramref name="date"/>, if any (substitute days never leave their year).</summary>
    public static BankHoliday? On(DateOnly date) => EnglandAndWales(date.Year).FirstOrDefault(d => d.Date == date);

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static DateOnly NextMonday(DateOnly date) => date.AddDays(((int)DayOfWeek.Monday - (int)date.DayOfWeek + 7) % 7);

    private static DateOnly FirstMonday(int year, int month) => NextMonday(new DateOnly(year, month, 1));

    private static DateOnly LastMonday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }
}
