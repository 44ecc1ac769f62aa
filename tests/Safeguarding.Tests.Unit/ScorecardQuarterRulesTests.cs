using Safeguarding.Scrutiny.Measures;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Tests.Unit;

/// <summary>When a scorecard quarter is a figure, so far, not yet or before its source's data begins, and what a trend runs through.</summary>
public sealed class ScorecardQuarterRulesTests
{
    private static FinancialQuarter Q(string label) => FinancialQuarter.TryParse(label, out var q) ? q : throw new ArgumentException(label);

    [Theory]
    [InlineData("2026/27 Q3", "2026-12-01", QuarterStatus.InProgress)]
    [InlineData("2026/27 Q3", "2026-10-01", QuarterStatus.InProgress)] // its first day
    [InlineData("2026/27 Q3", "2026-12-31", QuarterStatus.InProgress)] // its last day: not over until it has passed
    [InlineData("2026/27 Q3", "2027-01-01", QuarterStatus.Figure)]
    [InlineData("2026/27 Q4", "2026-12-01", QuarterStatus.NotYet)]
    [InlineData("2026/27 Q4", "2026-12-31", QuarterStatus.NotYet)]
    [InlineData("2023/24 Q4", "2026-12-01", QuarterStatus.Figure)]
    public void A_quarter_is_not_yet_before_it_begins_so_far_while_today_is_in_it_and_a_figure_once_it_has_ended(string quarter, string today, QuarterStatus expected) =>
        Assert.Equal(expected, QuarterRules.Timing(Q(quarter), DateOnly.Parse(today)));

    [Theory]
    [InlineData("2021/22 Q4", "2022-01-01", true)]  // the quarter holding the source's first fact
    [InlineData("2021/22 Q3", "2022-01-01", false)] // the quarter before it: the source supplied nothing
    [InlineData("2021/22 Q4", "2022-03-31", true)]
    [InlineData("2022/23 Q1", "2022-03-31", true)]
    [InlineData("2023/24 Q1", null, false)]         // a source that supplied nothing at all
    public void A_source_covers_the_quarters_from_the_one_holding_its_first_fact_on(string quarter, string? firstDay, bool covered) =>
        Assert.Equal(covered, QuarterRules.Covers(firstDay is null ? null : DateOnly.Parse(firstDay), Q(quarter)));

    private static QuarterValue V(string quarter, decimal? value, QuarterStatus status) => new(quarter, value, null, status);

    [Fact]
    public void A_trend_runs_only_through_ended_quarters_with_a_figure()
    {
        var trend = QuarterRules.TrendOf([
            V("2025/26 Q4", null, QuarterStatus.NoData),
            V("2026/27 Q1", 10, QuarterStatus.Figure),
            V("2026/27 Q2", 12, QuarterStatus.Figure),
            V("2026/27 Q3", 2, QuarterStatus.InProgress), // a part of a quarter: not a fall
            V("2026/27 Q4", null, QuarterStatus.NotYet),
        ]);
        Assert.Equal(new Trend("UP", 2, "2026/27 Q1", "2026/27 Q2"), trend);
    }

    [Fact]
    public void With_fewer_than_two_ended_quarters_with_a_figure_there_is_no_trend_to_state()
    {
        Assert.Equal("UNKNOWN", QuarterRules.TrendOf([V("2026/27 Q2", 5, QuarterStatus.Figure), V("2026/27 Q3", 7, QuarterStatus.InProgress)]).Direction);
        Assert.Equal("UNKNOWN", QuarterRules.TrendOf([V("2023/24 Q1", null, QuarterStatus.NoData), V("2023/24 Q2", null, QuarterStatus.NoData)]).Direction);
    }

    [Theory]
    [InlineData(QuarterStatus.Figure, "FIGURE")]
    [InlineData(QuarterStatus.InProgress, "IN_PROGRESS")]
    [InlineData(QuarterStatus.NotYet, "NOT_YET")]
    [InlineData(QuarterStatus.NoData, "NO_DATA")]
    [InlineData(QuarterStatus.NothingToMeasure, "NOTHING_TO_MEASURE")]
    public void Statuses_are_written_as_the_API_writes_them(QuarterStatus status, string code) => Assert.Equal(code, QuarterRules.Code(status));
}
