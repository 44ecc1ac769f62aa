using Safeguarding.Csa.Indicators;

namespace Safeguarding.Tests.Unit;

public sealed class CsaFlaggingRuleTests
{
    private static readonly FlaggingRule Rule = new(new FlaggingOptions()); // 2 agencies, 3 indicators, 90 days
    private static readonly DateOnly Jan1 = new(2025, 1, 1);

    private static IndicatorFact At(string agency, int day) => new(agency, Jan1.AddDays(day));

    [Fact]
    public void One_agency_with_two_indicators_does_not_flag()
    {
        var d = Rule.Evaluate([At("School", 0), At("School", 10)]);
        Assert.False(d.Flag);
        Assert.Equal((1, 2, ""), (d.AgencyCount, d.IndicatorsInWindow, d.Reason));
    }

    [Fact]
    public void Two_agencies_flag_whatever_the_days_between_them()
    {
        var d = Rule.Evaluate([At("School", 0), At("NSPCC", 400)]);
        Assert.True(d.Flag);
        Assert.Equal((2, 1, "AGENCIES"), (d.AgencyCount, d.IndicatorsInWindow, d.Reason));
    }

    [Fact]
    public void Agencies_named_alike_apart_from_case_and_spaces_are_one_agency() =>
        Assert.False(Rule.Evaluate([At("NSPCC", 0), At(" nspcc ", 5)]).Flag);

    [Fact]
    public void Three_indicators_from_one_agency_within_90_days_flag()
    {
        var d = Rule.Evaluate([At("School", 0), At("School", 40), At("School", 89)]);
        Assert.True(d.Flag);
        Assert.Equal((1, 3, "COUNT"), (d.AgencyCount, d.IndicatorsInWindow, d.Reason));
    }

    [Fact]
    public void Three_indicators_exactly_90_days_apart_flag_because_the_window_is_inclusive()
    {
        // 1 January to 1 April 2025 is 90 days.
        var d = Rule.Evaluate([new("School", Jan1), new("School", new DateOnly(2025, 2, 14)), new("School", new DateOnly(2025, 4, 1))]);
        Assert.True(d.Flag);
        Assert.Equal(3, d.IndicatorsInWindow);
    }

    [Fact]
    public void Three_indicators_spanning_91_days_do_not_flag()
    {
        var d = Rule.Evaluate([At("School", 0), At("School", 45), At("School", 91)]);
        Assert.False(d.Flag);
        Assert.Equal(2, d.IndicatorsInWindow);
    }

    [Fact]
    public void The_window_slides_over_the_days_observed_in_any_order()
    {
        // Days 0 and 200 are far apart, but 150, 180 and 200 lie within 90 days of each other.
        var d = Rule.Evaluate([At("School", 200), At("School", 0), At("School", 150), At("School", 180)]);
        Assert.True(d.Flag);
        Assert.Equal(3, d.IndicatorsInWindow);
    }

    [Fact]
    public void Both_reasons_are_given_when_both_hold() =>
        Assert.Equal("AGENCIES+COUNT", Rule.Evaluate([At("School", 0), At("Police", 1), At("School", 2)]).Reason);

    [Fact]
    public void No_indicators_do_not_flag() =>
        Assert.Equal(new FlagDecision(false, 0, 0, ""), Rule.Evaluate([]));

    [Fact]
    public void The_thresholds_come_from_the_options()
    {
        var strict = new FlaggingRule(new FlaggingOptions { MinAgencies = 3, MinIndicators = 4, WindowDays = 30 });
        Assert.False(strict.Evaluate([At("School", 0), At("Police", 1), At("School", 2)]).Flag);
        Assert.True(strict.Evaluate([At("School", 0), At("Police", 1), At("Health", 2)]).Flag);
        Assert.False(strict.Evaluate([At("School", 0), At("School", 10), At("School", 20), At("School", 31)]).Flag);
        Assert.True(strict.Evaluate([At("School", 0), At("School", 10), At("School", 20), At("School", 30)]).Flag);
    }
}
