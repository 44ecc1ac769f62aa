using Safeguarding.Governance.Calendar;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Tests.Unit;

/// <summary>Working days in England and Wales against the real calendar (weekends, Christmas and New Year, Easter, May).</summary>
public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = new(BankHolidays.WithPublishedHistory);

    [Theory]
    // Friday 20 Dec 2024 + 15: skips weekends, 25 and 26 Dec 2024 and 1 Jan 2025.
    [InlineData("2024-12-20", 15, "2025-01-15")]
    // Monday with no holidays in the way: three weeks later.
    [InlineData("2024-06-03", 15, "2024-06-24")]
    // Friday + 1 is the Monday.
    [InlineData("2024-06-07", 1, "2024-06-10")]
    // Saturday + 1 is the Monday (the start day is never counted).
    [InlineData("2024-06-08", 1, "2024-06-10")]
    // Maundy Thursday 2024 + 1 skips Good Friday 29 Mar and Easter Monday 1 Apr.
    [InlineData("2024-03-28", 1, "2024-04-02")]
    // Maundy Thursday 2025 + 1 skips Good Friday 18 Apr and Easter Monday 21 Apr.
    [InlineData("2025-04-17", 1, "2025-04-22")]
    // Christmas Eve 2025 (Wednesday) + 3: 25, 26 Dec are holidays, then 29, 30, 31 Dec.
    [InlineData("2025-12-24", 3, "2025-12-31")]
    // 31 Dec 2025 + 1 skips New Year's Day 2026.
    [InlineData("2025-12-31", 1, "2026-01-02")]
    // Christmas 2026: Boxing Day falls on a Saturday, so Monday 28 Dec is the substitute holiday.
    [InlineData("2026-12-24", 1, "2026-12-29")]
    // Christmas 2027: both days fall at the weekend, so 27 and 28 Dec are substitutes.
    [InlineData("2027-12-24", 1, "2027-12-29")]
    // 2023: the coronation (Monday 8 May) and the early May holiday (1 May).
    [InlineData("2023-04-28", 5, "2023-05-09")]
    [InlineData("2023-05-05", 1, "2023-05-09")]
    // New Year 2023 fell on a Sunday: Monday 2 January was the substitute.
    [InlineData("2023-01-01", 1, "2023-01-03")]
    // Backwards over Easter 2026: Tuesday 7 Apr - 1 is Thursday 2 Apr.
    [InlineData("2026-04-07", -1, "2026-04-02")]
    [InlineData("2024-05-15", 0, "2024-05-15")]
    public void Adding_working_days_skips_weekends_and_bank_holidays(string start, int days, string? expected)
    {
        var from = DateOnly.Parse(start);
        var result = Calendar.AddWorkingDays(from, days);
        Assert.Equal(DateOnly.Parse(expected!), result);
        if (days > 0 && Calendar.IsWorkingDay(from)) Assert.Equal(days, Calendar.WorkingDaysBetween(from, result));
    }

    [Theory]
    [InlineData("2024-12-20", "2025-01-15", 15)]
    [InlineData("2024-12-24", "2024-12-27", 1)]   // 25 and 26 Dec are holidays
    [InlineData("2024-12-27", "2024-12-27", 0)]
    [InlineData("2025-01-15", "2024-12-20", -15)]
    [InlineData("2027-03-25", "2027-03-30", 1)]   // Good Friday 26 Mar, weekend, Easter Monday 29 Mar 2027
    [InlineData("2023-05-05", "2023-05-12", 4)]   // coronation Monday 8 May 2023
    [InlineData("2026-08-28", "2026-09-01", 1)]   // summer bank holiday Monday 31 Aug 2026
    public void Working_days_between_counts_after_the_first_date_up_to_the_second(string from, string to, int expected) =>
        Assert.Equal(expected, Calendar.WorkingDaysBetween(DateOnly.Parse(from), DateOnly.Parse(to)));

    [Theory]
    // Beyond the data embedded before: Friday 10 Dec 2027 + 15 skips 27 and 28 Dec 2027 and Monday 3 Jan 2028 (New Year's Day on a Saturday).
    [InlineData("2027-12-10", 15, "2028-01-05")]
    // Maundy Thursday 2032 + 1 skips Good Friday 26 Mar and Easter Monday 29 Mar.
    [InlineData("2032-03-25", 1, "2032-03-30")]
    // Christmas 2033 falls on a Sunday: Boxing Day Monday 26 and the substitute Tuesday 27 are skipped.
    [InlineData("2033-12-23", 1, "2033-12-28")]
    // The summer bank holiday 2040 is Monday 27 August.
    [InlineData("2040-08-24", 1, "2040-08-28")]
    // 2020: the early May bank holiday moved to Friday 8 May, so Monday 4 May was a working day.
    [InlineData("2020-05-01", 1, "2020-05-04")]
    [InlineData("2020-05-07", 1, "2020-05-11")]
    public void Working_days_are_counted_for_any_year_of_the_calendar(string start, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), Calendar.AddWorkingDays(DateOnly.Parse(start), days));

    [Fact]
    public void A_one_off_day_moves_a_deadline_counted_over_it()
    {
        var withOneOff = new WorkingDayCalendar(new BankHolidays([.. PublishedOneOffBankHolidays.EnglandAndWales,
            new BankHoliday(new DateOnly(2027, 12, 29), "Example one-off day", OneOff: true)]));
        Assert.Equal(new DateOnly(2028, 1, 5), Calendar.AddWorkingDays(new DateOnly(2027, 12, 10), 15));
        Assert.Equal(new DateOnly(2028, 1, 6), withOneOff.AddWorkingDays(new DateOnly(2027, 12, 10), 15));
    }

    [Theory]
    [InlineData("1994-12-30", 1)]
    [InlineData("2100-01-04", 1)]
    [InlineData("2099-12-30", 5)]  // starts inside but would run past 31 Dec 2099
    [InlineData("1995-01-03", -5)] // and backwards past 1 Jan 1995
    [InlineData("0001-01-01", 15)]
    [InlineData("9999-12-31", 15)]
    [InlineData("9999-12-31", -15)]
    [InlineData("2024-01-02", int.MaxValue)]
    [InlineData("2024-01-02", int.MinValue)]
    public void A_date_outside_the_calendar_is_an_error_not_a_guess_or_a_crash(string start, int days)
    {
        var error = Assert.Throws<CalendarOutOfRangeException>(() => Calendar.AddWorkingDays(DateOnly.Parse(start), days));
        Assert.Contains("1995 to 2099", error.Message);
        Assert.Throws<CalendarOutOfRangeException>(() => Calendar.WorkingDaysBetween(new DateOnly(2024, 1, 2), new DateOnly(2100, 1, 2)));
        Assert.Throws<CalendarOutOfRangeException>(() => Calendar.WorkingDaysBetween(DateOnly.MinValue, DateOnly.MaxValue));
    }
}
