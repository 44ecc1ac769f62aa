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
    private static readonly DateTimeOffset Recorded = new(2025, 9, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid WithOwnHalfTerm = Guid.Parse("5e771a90-0000-4000-8000-0000000000a1");
    private static readonly Guid WithoutOwnHolidays = Guid.Parse("5e771a90-0000-4000-8000-0000000000a2");

    private static SchoolHolidayPeriod Holiday(Guid? setting, string first, string last, string name, params SchoolHolidayPeriod[] held) =>
        SchoolHolidayPeriod.Record(setting, DateOnly.Parse(first), DateOnly.Parse(last), name, held, "alex.admin", Recorded);

    private static readonly SchoolCalendar Calendar = new(BankHolidays.WithPublishedHistory,
        [
            Holiday(null, "2025-10-27", "2025-10-31", "Autumn half term 2025"),
            Holiday(WithOwnHalfTerm, "2026-02-16", "2026-02-20", "February half term"),
        ],
        new TimeOnly(8, 30));

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
        var deadline = Calendar.NextSchoolDayStart(Uk(incidentDate, incidentTime), WithoutOwnHolidays);
        Assert.Equal(Uk(deadlineDate, "08:30"), deadline);
        Assert.Equal(TimeSpan.Zero, deadline.Offset);
    }

    [Fact]
    public void The_deadline_is_a_UTC_instant_reasoned_in_UK_time()
    {
        // Summer (BST): 08:30 in the UK is 07:30 UTC. Winter (GMT): 08:30 UTC.
        Assert.Equal(new DateTimeOffset(2025, 5, 6, 7, 30, 0, TimeSpan.Zero), Calendar.NextSchoolDayStart(Uk("2025-05-02", "20:00"), null));
        Assert.Equal(new DateTimeOffset(2025, 11, 24, 8, 30, 0, TimeSpan.Zero), Calendar.NextSchoolDayStart(Uk("2025-11-21", "19:00"), null));
        // 23:30 UTC on Friday 2 May is 00:30 BST on Saturday in the UK: still Tuesday.
        Assert.Equal(Uk("2025-05-06", "08:30"), Calendar.NextSchoolDayStart(new DateTimeOffset(2025, 5, 2, 23, 30, 0, TimeSpan.Zero), null));
    }

    [Fact]
    public void The_start_of_the_school_day_is_configurable()
    {
        var nine = new SchoolCalendar(BankHolidays.WithPublishedHistory, [], new TimeOnly(9, 0));
        Assert.Equal(Uk("2025-11-24", "09:00"), nine.NextSchoolDayStart(Uk("2025-11-21", "19:00"), null));
        Assert.Equal(Uk("2025-11-25", "09:00"), nine.NextSchoolDayStart(Uk("2025-11-25", "08:45"), null));
    }

    [Theory]
    // Friday before the setting's own February half term: the Monday after it; for another setting, the Monday of that week.
    [InlineData("2026-02-13", "18:00", "a1", "2026-02-23")]
    [InlineData("2026-02-13", "18:00", "a2", "2026-02-16")]
    // During it: the first day back for the setting; the next day for the others.
    [InlineData("2026-02-17", "10:00", "a1", "2026-02-23")]
    [InlineData("2026-02-17", "10:00", "a2", "2026-02-18")]
    // The city's half term is every setting's.
    [InlineData("2025-10-24", "19:00", "a1", "2025-11-03")]
    [InlineData("2025-10-24", "19:00", "a2", "2025-11-03")]
    public void A_setting_s_own_holidays_count_for_its_pupils_only(string incidentDate, string incidentTime, string setting, string deadlineDate)
    {
        var settingId = setting == "a1" ? WithOwnHalfTerm : WithoutOwnHolidays;
        Assert.Equal(Uk(deadlineDate, "08:30"), Calendar.NextSchoolDayStart(Uk(incidentDate, incidentTime), settingId));
    }

    [Fact]
    public void Deadlines_are_computed_for_years_beyond_any_data_and_a_date_past_2099_is_refused_not_guessed()
    {
        // Friday 3 May 2030, evening: Monday 6 May is the early May bank holiday, so Tuesday 7 May at 08:30 (BST: 07:30 UTC).
        Assert.Equal(new DateTimeOffset(2030, 5, 7, 7, 30, 0, TimeSpan.Zero), Calendar.NextSchoolDayStart(Uk("2030-05-03", "19:00"), null));
        // Christmas Eve 2038 (a Friday): 27 and 28 December are substitute days, so Wednesday 29 December.
        Assert.Equal(Uk("2038-12-29", "08:30"), Calendar.NextSchoolDayStart(Uk("2038-12-24", "17:00"), null));
        Assert.Throws<CalendarOutOfRangeException>(() => Calendar.NextSchoolDayStart(Uk("2099-12-31", "19:00"), null));
    }

    [Fact]
    public void A_school_holiday_ends_on_or_after_it_starts_within_13_weeks_and_does_not_overlap_another_of_the_same_schools()
    {
        static string[] Fields(Action act) => [.. Assert.Throws<DomainException>(act).Problems.Select(p => p.Field)];
        Assert.Equal(["lastDay"], Fields(() => Holiday(null, "2026-10-30", "2026-10-26", "October half term")));
        Assert.Equal(["lastDay"], Fields(() => Holiday(null, "2026-07-22", "2026-12-22", "Summer holiday")));
        Assert.Equal(["name"], Fields(() => Holiday(null, "2026-10-26", "2026-10-30", "  ")));
        Assert.Equal(["firstDay", "lastDay"], Fields(() => Holiday(null, "0001-01-01", "9999-12-31", "Forever")));

        var halfTerm = Holiday(null, "2026-10-26", "2026-10-30", "October half term");
        var overlap = Assert.Throws<DomainException>(() => Holiday(null, "2026-10-30", "2026-11-02", "INSET day", halfTerm));
        Assert.Equal(ErrorCodes.Conflict, overlap.Code);
        Assert.Contains("October half term", overlap.Message);
        // Adjacent is not overlapping, and a setting's own holiday may overlap the city's.
        Holiday(null, "2026-11-02", "2026-11-02", "INSET day", halfTerm);
        Holiday(WithOwnHalfTerm, "2026-10-23", "2026-10-30", "Academy half term", halfTerm);
        // A change is checked the same way, against the others only.
        var inset = Holiday(null, "2026-11-02", "2026-11-02", "INSET day", halfTerm);
        Assert.Equal(ErrorCodes.Conflict, Assert.Throws<DomainException>(() => inset.Change(new DateOnly(2026, 10, 30), new DateOnly(2026, 11, 2), "INSET day", [halfTerm, inset], "alex.admin", Recorded)).Code);
        inset.Change(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 3), "INSET days", [halfTerm, inset], "alex.admin", Recorded);
        Assert.Equal(new DateOnly(2026, 11, 3), inset.LastDay);
    }

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
