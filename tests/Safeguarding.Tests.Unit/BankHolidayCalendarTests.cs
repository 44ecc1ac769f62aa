using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Tests.Unit;

/// <summary>
/// England and Wales bank holidays computed from the rules, with the one-off and moved days held since 1995, against the
/// dates published year by year (GOV.UK for the past, the rules' published pattern for the years ahead).
/// </summary>
public sealed class BankHolidayCalendarTests
{
    private static readonly BankHolidays Calendar = BankHolidays.WithPublishedHistory;

    /// <summary>Month and day of every bank holiday, per year: written out here, not computed, so the rules are checked against them.</summary>
    private static readonly Dictionary<int, string> Published = new()
    {
        [1995] = "01-02 04-14 04-17 05-08 05-29 08-28 12-25 12-26",
        [1996] = "01-01 04-05 04-08 05-06 05-27 08-26 12-25 12-26",
        [1997] = "01-01 03-28 03-31 05-05 05-26 08-25 12-25 12-26",
        [1998] = "01-01 04-10 04-13 05-04 05-25 08-31 12-25 12-28",
        [1999] = "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28 12-31",
        [2000] = "01-03 04-21 04-24 05-01 05-29 08-28 12-25 12-26",
        [2001] = "01-01 04-13 04-16 05-07 05-28 08-27 12-25 12-26",
        [2002] = "01-01 03-29 04-01 05-06 06-03 06-04 08-26 12-25 12-26",
        [2003] = "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
        [2004] = "01-01 04-09 04-12 05-03 05-31 08-30 12-27 12-28",
        [2005] = "01-03 03-25 03-28 05-02 05-30 08-29 12-26 12-27",
        [2006] = "01-02 04-14 04-17 05-01 05-29 08-28 12-25 12-26",
        [2007] = "01-01 04-06 04-09 05-07 05-28 08-27 12-25 12-26",
        [2008] = "01-01 03-21 03-24 05-05 05-26 08-25 12-25 12-26",
        [2009] = "01-01 04-10 04-13 05-04 05-25 08-31 12-25 12-28",
        [2010] = "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28",
        [2011] = "01-03 04-22 04-25 04-29 05-02 05-30 08-29 12-26 12-27",
        [2012] = "01-02 04-06 04-09 05-07 06-04 06-05 08-27 12-25 12-26",
        [2013] = "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
        [2014] = "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
        [2015] = "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
        [2016] = "01-01 03-25 03-28 05-02 05-30 08-29 12-26 12-27",
        [2017] = "01-02 04-14 04-17 05-01 05-29 08-28 12-25 12-26",
        [2018] = "01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
        [2019] = "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
        [2020] = "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28",
        [2021] = "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28",
        [2022] = "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27",
        [2023] = "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26",
        [2024] = "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
        [2025] = "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
        [2026] = "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
        [2027] = "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
        [2028] = "01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26",
        [2029] = "01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
        [2030] = "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
        [2031] = "01-01 04-11 04-14 05-05 05-26 08-25 12-25 12-26",
        [2032] = "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
        [2033] = "01-03 04-15 04-18 05-02 05-30 08-29 12-26 12-27",
        [2034] = "01-02 04-07 04-10 05-01 05-29 08-28 12-25 12-26",
        [2035] = "01-01 03-23 03-26 05-07 05-28 08-27 12-25 12-26",
        [2036] = "01-01 04-11 04-14 05-05 05-26 08-25 12-25 12-26",
        [2037] = "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
        [2038] = "01-01 04-23 04-26 05-03 05-31 08-30 12-27 12-28",
        [2039] = "01-03 04-08 04-11 05-02 05-30 08-29 12-26 12-27",
        [2040] = "01-02 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
    };

    public static TheoryData<int> PublishedYears => [.. Published.Keys];

    [Theory]
    [MemberData(nameof(PublishedYears))]
    public void Every_year_from_1995_to_2040_has_exactly_the_published_bank_holidays(int year)
    {
        var expected = Published[year].Split(' ').Select(md => DateOnly.Parse($"{year}-{md}")).ToList();
        Assert.Equal(expected, Calendar.InYears(year, year).Select(d => d.Date).ToList());
    }

    /// <summary>
    /// The data embedded before the calendar was computed (GOV.UK, 2023 to 2027), date and title as published: the computed
    /// calendar reproduces it exactly, so nothing counted before changes.
    /// </summary>
    [Fact]
    public void The_years_2023_to_2027_equal_the_data_embedded_before_exactly()
    {
        (string Date, string Title)[] embedded =
        [
            ("2023-01-02", "New Year's Day (substitute day)"), ("2023-04-07", "Good Friday"), ("2023-04-10", "Easter Monday"),
            ("2023-05-01", "Early May bank holiday"), ("2023-05-08", "Bank holiday for the coronation of King Charles III"),
            ("2023-05-29", "Spring bank holiday"), ("2023-08-28", "Summer bank holiday"), ("2023-12-25", "Christmas Day"), ("2023-12-26", "Boxing Day"),
            ("2024-01-01", "New Year's Day"), ("2024-03-29", "Good Friday"), ("2024-04-01", "Easter Monday"), ("2024-05-06", "Early May bank holiday"),
            ("2024-05-27", "Spring bank holiday"), ("2024-08-26", "Summer bank holiday"), ("2024-12-25", "Christmas Day"), ("2024-12-26", "Boxing Day"),
            ("2025-01-01", "New Year's Day"), ("2025-04-18", "Good Friday"), ("2025-04-21", "Easter Monday"), ("2025-05-05", "Early May bank holiday"),
            ("2025-05-26", "Spring bank holiday"), ("2025-08-25", "Summer bank holiday"), ("2025-12-25", "Christmas Day"), ("2025-12-26", "Boxing Day"),
            ("2026-01-01", "New Year's Day"), ("2026-04-03", "Good Friday"), ("2026-04-06", "Easter Monday"), ("2026-05-04", "Early May bank holiday"),
            ("2026-05-25", "Spring bank holiday"), ("2026-08-31", "Summer bank holiday"), ("2026-12-25", "Christmas Day"), ("2026-12-28", "Boxing Day (substitute day)"),
            ("2027-01-01", "New Year's Day"), ("2027-03-26", "Good Friday"), ("2027-03-29", "Easter Monday"), ("2027-05-03", "Early May bank holiday"),
            ("2027-05-31", "Spring bank holiday"), ("2027-08-30", "Summer bank holiday"), ("2027-12-27", "Christmas Day (substitute day)"),
            ("2027-12-28", "Boxing Day (substitute day)"),
        ];
        Assert.Equal(embedded.Select(d => (DateOnly.Parse(d.Date), d.Title)).ToList(), Calendar.InYears(2023, 2027).Select(d => (d.Date, d.Name)).ToList());
    }

    [Theory]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2029, "2029-04-01")]
    [InlineData(2030, "2030-04-21")]
    [InlineData(2031, "2031-04-13")]
    [InlineData(2032, "2032-03-28")]
    [InlineData(2033, "2033-04-17")]
    [InlineData(2034, "2034-04-09")]
    [InlineData(2035, "2035-03-25")]
    [InlineData(2036, "2036-04-13")]
    [InlineData(2037, "2037-04-05")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2039, "2039-04-10")]
    [InlineData(2040, "2040-04-01")]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2008, "2008-03-23")] // the earliest Easter of the years covered so far
    [InlineData(2011, "2011-04-24")]
    public void Easter_Sunday_is_the_Gregorian_one_and_gives_Good_Friday_and_Easter_Monday(int year, string easterSunday)
    {
        var easter = DateOnly.Parse(easterSunday);
        Assert.Equal(easter, BankHolidayRules.EasterSunday(year));
        Assert.Equal("Good Friday", Calendar.On(easter.AddDays(-2))?.Name);
        Assert.Equal("Easter Monday", Calendar.On(easter.AddDays(1))?.Name);
    }

    [Theory]
    // Christmas on Saturday: both days at the weekend, Monday 27 and Tuesday 28 are substitutes.
    [InlineData(2027, "12-27 Christmas Day (substitute day)", "12-28 Boxing Day (substitute day)")]
    [InlineData(2032, "12-27 Christmas Day (substitute day)", "12-28 Boxing Day (substitute day)")]
    [InlineData(2038, "12-27 Christmas Day (substitute day)", "12-28 Boxing Day (substitute day)")]
    // Christmas on Sunday: Boxing Day is Monday 26, so Christmas's substitute is Tuesday 27.
    [InlineData(2033, "12-26 Boxing Day", "12-27 Christmas Day (substitute day)")]
    [InlineData(2039, "12-26 Boxing Day", "12-27 Christmas Day (substitute day)")]
    // Christmas on Friday: Boxing Day falls on Saturday, Monday 28 is its substitute.
    [InlineData(2037, "12-25 Christmas Day", "12-28 Boxing Day (substitute day)")]
    // New Year's Day on Saturday (2028, 2033, 2039) or Sunday (2034, 2040): the Monday after.
    [InlineData(2028, "01-03 New Year's Day (substitute day)")]
    [InlineData(2033, "01-03 New Year's Day (substitute day)")]
    [InlineData(2034, "01-02 New Year's Day (substitute day)")]
    [InlineData(2039, "01-03 New Year's Day (substitute day)")]
    [InlineData(2040, "01-02 New Year's Day (substitute day)")]
    public void A_fixed_day_at_a_weekend_gives_a_substitute_day(int year, params string[] days)
    {
        foreach (var day in days)
        {
            var date = DateOnly.Parse($"{year}-{day[..5]}");
            Assert.Equal(day[6..], Calendar.On(date)?.Name);
        }
    }

    [Fact]
    public void The_one_off_days_since_1995_are_held_and_those_that_move_a_day_take_its_place()
    {
        Assert.Equal("Royal wedding", Calendar.On(new DateOnly(2011, 4, 29))?.Name);
        Assert.Equal("Bank Holiday for the State Funeral of Queen Elizabeth II", Calendar.On(new DateOnly(2022, 9, 19))?.Name);
        Assert.Equal("Millennium bank holiday", Calendar.On(new DateOnly(1999, 12, 31))?.Name);
        // 2020: the early May bank holiday moved from Monday 4 May to Friday 8 May (VE day).
        Assert.False(Calendar.IsBankHoliday(new DateOnly(2020, 5, 4)));
        Assert.Equal(new BankHoliday(new DateOnly(2020, 5, 8), "Early May bank holiday (VE day)", OneOff: true, Replaces: new DateOnly(2020, 5, 4)), Calendar.On(new DateOnly(2020, 5, 8)));
        // 2022: the spring bank holiday moved to Thursday 2 June, the Platinum Jubilee on Friday 3 June.
        Assert.False(Calendar.IsBankHoliday(new DateOnly(2022, 5, 30)));
        Assert.True(Calendar.IsBankHoliday(new DateOnly(2022, 6, 2)));
        Assert.True(Calendar.IsBankHoliday(new DateOnly(2022, 6, 3)));
        // The rules alone know none of it.
        var rulesOnly = new BankHolidays([]);
        Assert.True(rulesOnly.IsBankHoliday(new DateOnly(2020, 5, 4)));
        Assert.False(rulesOnly.IsBankHoliday(new DateOnly(2020, 5, 8)));
        Assert.False(rulesOnly.IsBankHoliday(new DateOnly(2011, 4, 29)));
    }

    [Fact]
    public void A_one_off_day_an_administrator_adds_counts_and_a_moved_day_no_longer_does()
    {
        var moved = new BankHolidays([.. PublishedOneOffBankHolidays.EnglandAndWales,
            new BankHoliday(new DateOnly(2030, 5, 10), "Early May bank holiday (moved)", OneOff: true, Replaces: new DateOnly(2030, 5, 6)),
            new BankHoliday(new DateOnly(2031, 6, 6), "Example one-off day", OneOff: true)]);
        Assert.False(moved.IsBankHoliday(new DateOnly(2030, 5, 6)));
        Assert.True(moved.IsBankHoliday(new DateOnly(2030, 5, 10)));
        Assert.True(moved.IsBankHoliday(new DateOnly(2031, 6, 6)));
        Assert.Equal(8, moved.InYears(2030, 2030).Count);
        Assert.Equal(9, moved.InYears(2031, 2031).Count);
        Assert.True(Calendar.IsBankHoliday(new DateOnly(2030, 5, 6))); // the snapshot without them is unchanged
    }

    [Fact]
    public void Every_covered_year_has_its_rule_days_on_weekdays_and_nothing_else_at_a_weekend()
    {
        for (var year = BankHolidays.FirstYear; year <= BankHolidays.LastYear; year++)
        {
            var days = Calendar.InYears(year, year);
            Assert.All(days, d => Assert.False(BankHolidayRules.IsWeekend(d.Date), $"{d.Date} {d.Name}"));
            Assert.Equal(8, BankHolidayRules.EnglandAndWales(year).Count);
            Assert.Equal(days.Count, days.Select(d => d.Date).Distinct().Count());
        }
    }

    [Theory]
    [InlineData("1994-12-30")]
    [InlineData("2100-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void A_date_outside_1995_to_2099_is_refused_not_guessed(string date)
    {
        var e = Assert.Throws<CalendarOutOfRangeException>(() => Calendar.IsBankHoliday(DateOnly.Parse(date)));
        Assert.Contains("1995 to 2099", e.Message);
        Assert.Throws<CalendarOutOfRangeException>(() => Calendar.InYears(DateOnly.Parse(date).Year, 2000));
    }
}
