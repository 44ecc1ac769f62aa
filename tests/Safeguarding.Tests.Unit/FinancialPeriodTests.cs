using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Tests.Unit;

/// <summary>The financial year (1 April to 31 March, "2023/24") and its quarters ("2023/24 Q1"), as every module reads them.</summary>
public sealed class FinancialPeriodTests
{
    [Theory]
    [InlineData("2023/24", true, "2023-04-01", "2024-03-31")]
    [InlineData("1999/00", false, null, null)]
    [InlineData("2000/01", true, "2000-04-01", "2001-03-31")]
    [InlineData("2099/00", true, "2099-04-01", "2100-03-31")]
    [InlineData("2100/01", false, null, null)]
    [InlineData("2023/25", false, null, null)]
    [InlineData("2023/23", false, null, null)]
    [InlineData("2023-24", false, null, null)]
    [InlineData("23/24", false, null, null)]
    [InlineData("2023/2024", false, null, null)]
    [InlineData("2023/24 Q1", false, null, null)]
    [InlineData("2003/+4", false, null, null)]
    [InlineData("2003/ 4", false, null, null)]
    [InlineData("２０２３/24", false, null, null)]
    [InlineData(" 2023/24\n", true, "2023-04-01", "2024-03-31")]
    [InlineData("", false, null, null)]
    [InlineData(null, false, null, null)]
    public void Financial_years_run_from_1_April_to_31_March(string? label, bool valid, string? starts, string? ends)
    {
        Assert.Equal(valid, FinancialYear.TryParse(label, out var year));
        if (valid)
        {
            Assert.Equal(DateOnly.Parse(starts!), year.Starts);
            Assert.Equal(DateOnly.Parse(ends!), year.Ends);
            Assert.Equal(label!.Trim(), year.Label);
        }
    }

    [Theory]
    [InlineData("2023/24", 2023)]
    [InlineData("2023-24", 2023)]
    [InlineData("2023/2024", 2023)]
    [InlineData(" 2023-2024 ", 2023)]
    [InlineData("2099-2100", 2099)]
    [InlineData("2023-2025", null)]
    [InlineData("2023/2023", null)]
    [InlineData("2023-25", null)]
    [InlineData("2023_24", null)]
    [InlineData("2023/20x4", null)]
    [InlineData("20x3/2024", null)]
    [InlineData("2023 24", null)]
    [InlineData("1999-2000", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_year_is_read_however_the_partnerships_documents_write_it_and_nothing_else(string? text, int? startYear)
    {
        Assert.Equal(startYear is not null, FinancialYear.TryParseAnySpelling(text, out var year));
        if (startYear is { } start) Assert.Equal(new FinancialYear(start), year);
    }

    [Theory]
    [InlineData("2023/24", true)]
    [InlineData(" 2023/24", false)]
    [InlineData("2023/24 ", false)]
    [InlineData("2023/24\n", false)]
    [InlineData(null, false)]
    public void An_exact_label_has_no_surrounding_space(string? label, bool valid) =>
        Assert.Equal(valid, FinancialYear.TryParseExact(label, out _));

    [Theory]
    [InlineData("2024-03-31", 2023, 4)]
    [InlineData("2024-04-01", 2024, 1)]
    [InlineData("2024-09-30", 2024, 2)]
    [InlineData("2024-12-31", 2024, 3)]
    [InlineData("2024-01-01", 2023, 4)]
    [InlineData("2023-06-30", 2023, 1)]
    [InlineData("2023-07-01", 2023, 2)]
    [InlineData("2023-10-01", 2023, 3)]
    public void Financial_years_and_quarters_start_in_April(string date, int startYear, int quarter)
    {
        var d = DateOnly.Parse(date);
        Assert.Equal(startYear, FinancialYear.Of(d).StartYear);
        Assert.Equal(new FinancialQuarter(startYear, quarter), FinancialQuarter.Of(d));
        Assert.True(FinancialYear.TryParse(FinancialYear.Of(d).Label, out var parsed) && parsed.StartYear == startYear);
        Assert.True(FinancialQuarter.TryParse(FinancialQuarter.Of(d).Label, out var q) && q == new FinancialQuarter(startYear, quarter));
    }

    [Fact]
    public void The_year_turns_between_31_March_and_1_April()
    {
        var year = new FinancialYear(2023);
        Assert.False(year.Contains(new DateOnly(2023, 3, 31)));
        Assert.True(year.Contains(new DateOnly(2023, 4, 1)));
        Assert.True(year.Contains(new DateOnly(2024, 3, 31)));
        Assert.False(year.Contains(new DateOnly(2024, 4, 1)));
        Assert.Equal(new FinancialYear(2022), FinancialYear.Of(new DateOnly(2023, 3, 31)));
        Assert.Equal(year, FinancialYear.Of(new DateOnly(2023, 4, 1)));
        Assert.Equal("2022/23", year.Previous.Label);
        Assert.Equal("2024/25", year.Next.Label);
        Assert.Equal("2099/00", new FinancialYear(2099).Label);
        Assert.Equal("1999/00", new FinancialYear(2000).Previous.Label);
        Assert.True(year.Previous < year && year < year.Next && year <= new FinancialYear(2023) && year >= new FinancialYear(2023) && !(year > year.Next));
        Assert.Equal("2023/24", year.ToString());
    }

    [Theory]
    [InlineData("2023/24 Q1", true, "2023-04-01", "2023-06-30")]
    [InlineData("2023/24 Q2", true, "2023-07-01", "2023-09-30")]
    [InlineData("2023/24 Q3", true, "2023-10-01", "2023-12-31")]
    [InlineData("2023/24 Q4", true, "2024-01-01", "2024-03-31")]
    [InlineData("2099/00 Q4", true, "2100-01-01", "2100-03-31")]
    [InlineData(" 2024/25 Q3 ", true, "2024-10-01", "2024-12-31")]
    [InlineData("2024/25 Q5", false, null, null)]
    [InlineData("2024/25 Q0", false, null, null)]
    [InlineData("2024/26 Q1", false, null, null)]
    [InlineData("2023-24 Q1", false, null, null)]
    [InlineData("2023/24Q1", false, null, null)]
    [InlineData("2023/24  Q1", false, null, null)]
    [InlineData("2023/24 q1", false, null, null)]
    [InlineData("1999/00 Q1", false, null, null)]
    [InlineData("2100/01 Q1", false, null, null)]
    [InlineData("2023/24", false, null, null)]
    [InlineData(null, false, null, null)]
    public void Quarters_are_three_months_from_April(string? label, bool valid, string? starts, string? ends)
    {
        Assert.Equal(valid, FinancialQuarter.TryParse(label, out var quarter));
        if (valid)
        {
            Assert.Equal(DateOnly.Parse(starts!), quarter.Starts);
            Assert.Equal(DateOnly.Parse(ends!), quarter.Ends);
            Assert.Equal(label!.Trim(), quarter.Label);
            Assert.Equal(label.Trim() == label, FinancialQuarter.TryParseExact(label, out _));
        }
    }

    [Fact]
    public void Q4_runs_across_the_new_calendar_year_and_is_followed_by_the_next_years_Q1()
    {
        var q4 = new FinancialQuarter(2023, 4);
        Assert.Equal(q4, FinancialQuarter.Of(new DateOnly(2023, 12, 31)).Next);
        Assert.Equal(q4, FinancialQuarter.Of(new DateOnly(2024, 1, 1)));
        Assert.Equal(new FinancialYear(2023), q4.Year);
        Assert.Equal("2024/25 Q1", q4.Next.Label);
        Assert.Equal(q4, q4.Next.Previous);
        Assert.True(q4 < q4.Next && q4.Next > q4 && q4 <= new FinancialQuarter(2023, 4) && q4 >= new FinancialQuarter(2023, 4) && !(q4 >= q4.Next));
        Assert.Equal("2021/22 Q2", new FinancialQuarter(2024, 1).Plus(-11).Label);
        Assert.Equal(q4, new FinancialQuarter(2021, 2).Plus(10));
    }

    [Fact]
    public void A_range_of_quarters_includes_both_ends()
    {
        Assert.Equal(["2023/24 Q3", "2023/24 Q4", "2024/25 Q1", "2024/25 Q2"],
            FinancialQuarter.Range(new FinancialQuarter(2023, 3), new FinancialQuarter(2024, 2)).Select(q => q.Label));
        Assert.Single(FinancialQuarter.Range(new FinancialQuarter(2023, 3), new FinancialQuarter(2023, 3)));
        Assert.Empty(FinancialQuarter.Range(new FinancialQuarter(2024, 1), new FinancialQuarter(2023, 4)));
    }

    [Fact]
    public void A_years_quarters_cover_it_day_by_day()
    {
        var year = new FinancialYear(2023);
        Assert.Equal(["2023/24 Q1", "2023/24 Q2", "2023/24 Q3", "2023/24 Q4"], year.Quarters.Select(q => q.Label));
        Assert.Equal(year.Starts, year.Quarters[0].Starts);
        Assert.Equal(year.Ends, year.Quarters[3].Ends);
        for (var day = new DateOnly(2023, 1, 1); day <= new DateOnly(2025, 12, 31); day = day.AddDays(1))
        {
            var quarter = FinancialQuarter.Of(day);
            Assert.True(quarter.Contains(day) && quarter.Year.Contains(day), day.ToString("O"));
            Assert.False(quarter.Previous.Contains(day) || quarter.Next.Contains(day), day.ToString("O"));
            Assert.Equal(quarter.Year, FinancialYear.Of(day));
        }
    }
}
