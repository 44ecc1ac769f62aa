using Safeguarding.DomesticAbuse.Calendar;
using Safeguarding.DomesticAbuse.Risk;
using Safeguarding.DomesticAbuse.Trend;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Tests.Unit;

/// <summary>Operation Encompass's next-school-day deadline, the DASH thresholds and the trend's rounding.</summary>
public sealed class DomesticAbuseRulesTests
{
    private static readonly SchoolCalendar Calendar = SchoolCalendar.For(new EncompassOptions
    {
        SchoolHolidays = [new SchoolHoliday { Name = "Autumn half term 2025", From = new DateOnly(2025, 10, 27), To = new DateOnly(2025, 10, 31) }],
    });

    private static DateTimeOffset Uk(string date, string time) => UkTime.At(DateOnly.Parse(date), TimeOnly.Parse(time));

    [Theory]
    // Friday evening: Monday at the start of the school day (GMT: 08:30 UK is 08:30 UTC).
    [InlineData("2025-11-21", "19:00", "2025-11-24")]
    // Friday evening before the Early May bank holiday (Monday 5 May 2025): Tuesday.
    [InlineData("2025-05-02", "20:00", "2025-05-06")]
    // During the configured half term (27-31 October 2025): the first day back, Monday 3 November.
    [InlineData("2025-10-28", "21:15", "2025-11-03")]
    // The Friday before half term, after school: over the weekend and the whole holiday.
    [InlineData("2025-10-24", "16:00", "2025-11-03")]
    // 07:00 on a school day, before the school day starts: that same morning, since the child arrives then.
    [InlineData("2025-11-25", "07:00", "2025-11-25")]
    // At 08:30 exactly, or during the school day: the next school day.
    [InlineData("2025-11-25", "08:30", "2025-11-26")]
    [InlineData("2025-11-25", "13:00", "2025-11-26")]
    // Saturday night as the clocks go forward (30 March 2025): Monday 08:30 BST.
    [InlineData("2025-03-29", "23:30", "2025-03-31")]
    // Maundy Thursday evening 2025: Good Friday, the weekend and Easter Monday pass.
    [InlineData("2025-04-17", "18:00", "2025-04-22")]
    public void The_deadline_is_the_start_of_the_next_school_day(string incidentDate, string incidentTime, string deadlineDate)
    {
        var deadline = Calendar.NextSchoolDayStart(Uk(incidentDate, incidentTime));
        Assert.Equal(Uk(deadlineDate, "08:30"), deadline);
        Assert.Equal(TimeSpan.Zero, deadline.Offset);
    }

    [Fact]
    public void The_deadline_is_a_UTC_instant_reasoned_in_UK_time()
    {
        // Summer (BST): 08:30 in the UK is 07:30 UTC. Winter (GMT): 08:30 UTC.
        Assert.Equal(new DateTimeOffset(2025, 5, 6, 7, 30, 0, TimeSpan.Zero), Calendar.NextSchoolDayStart(Uk("2025-05-02", "20:00")));
        Assert.Equal(new DateTimeOffset(2025, 11, 24, 8, 30, 0, TimeSpan.Zero), Calendar.NextSchoolDayStart(Uk("2025-11-21", "19:00")));
        // 23:30 UTC on Friday 2 May is 00:30 BST on Saturday in the UK: still Tuesday.
        Assert.Equal(Uk("2025-05-06", "08:30"), Calendar.NextSchoolDayStart(new DateTimeOffset(2025, 5, 2, 23, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_start_of_the_school_day_is_configurable()
    {
        var nine = SchoolCalendar.For(new EncompassOptions { StartOfSchoolDay = new TimeOnly(9, 0) });
        Assert.Equal(Uk("2025-11-24", "09:00"), nine.NextSchoolDayStart(Uk("2025-11-21", "19:00")));
        Assert.Equal(Uk("2025-11-25", "09:00"), nine.NextSchoolDayStart(Uk("2025-11-25", "08:45")));
    }

    [Fact]
    public void A_date_beyond_the_bank_holiday_data_is_refused_not_guessed() =>
        Assert.Throws<SchoolCalendarOutOfRangeException>(() => Calendar.NextSchoolDayStart(Uk("2030-01-07", "19:00")));

    private static List<DashAnswer> Answers(int yes, int notKnown = 0) =>
        [.. Enumerable.Repeat(DashAnswer.Yes, yes), .. Enumerable.Repeat(DashAnswer.NotKnown, notKnown), .. Enumerable.Repeat(DashAnswer.No, DashRules.Questions - yes - notKnown)];

    [Fact]
    public void Thirteen_yes_answers_are_not_high_risk_and_fourteen_are()
    {
        var thirteen = DashRules.Assess(Answers(13, notKnown: 11), professionalJudgement: false, null, incidentsInLastYear: 0);
        Assert.Equal(new DashOutcome(13, RiskLevel.Standard, null), thirteen);
        var fourteen = DashRules.Assess(Answers(14), professionalJudgement: false, null, incidentsInLastYear: 0);
        Assert.Equal(new DashOutcome(14, RiskLevel.High, HighRiskBasis.Score), fourteen);
        Assert.Equal(RiskLevel.High, DashRules.Assess(Answers(24), false, null, 0).RiskLevel);
    }

    [Fact]
    public void Professional_judgement_needs_a_reason()
    {
        var e = Assert.Throws<DomainException>(() => DashRules.Assess(Answers(3), professionalJudgement: true, "  ", 0));
        Assert.Equal(ErrorCodes.Validation, e.Code);
        Assert.Contains(e.Problems, p => p.Field == "judgementReason");
        Assert.Equal(new DashOutcome(3, RiskLevel.High, HighRiskBasis.Judgement), DashRules.Assess(Answers(3), true, "Escalating threats to kill", 0));
    }

    [Fact]
    public void Three_incidents_in_twelve_months_escalate_and_two_do_not()
    {
        Assert.Equal(new DashOutcome(5, RiskLevel.High, HighRiskBasis.Escalation), DashRules.Assess(Answers(5), false, null, incidentsInLastYear: 3));
        Assert.Equal(RiskLevel.Standard, DashRules.Assess(Answers(5), false, null, incidentsInLastYear: 2).RiskLevel);
        // The score, when it is enough, is the basis recorded.
        Assert.Equal(HighRiskBasis.Score, DashRules.Assess(Answers(15), true, "Also judged", 4).Basis);
    }

    [Theory]
    [InlineData(23)]
    [InlineData(25)]
    [InlineData(0)]
    public void Exactly_twenty_four_answers(int count)
    {
        var e = Assert.Throws<DomainException>(() => DashRules.Assess(Enumerable.Repeat(DashAnswer.No, count).ToList(), false, null, 0));
        Assert.Contains(e.Problems, p => p.Field == "answers");
    }

    [Fact]
    public void Children_in_notices_rose_by_twenty_seven_point_one_percent()
    {
        Assert.Equal(27.1m, TrendRules.ChangePercent(8155, 10366)); // 2,211 / 8,155 = 27.11...%
        Assert.Null(TrendRules.ChangePercent(null, 10366));
        Assert.Null(TrendRules.ChangePercent(0, 5));
        Assert.Equal(-50.0m, TrendRules.ChangePercent(10, 5));
    }
}
