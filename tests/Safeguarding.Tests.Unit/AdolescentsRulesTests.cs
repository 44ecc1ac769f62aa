using Microsoft.Extensions.Time.Testing;
using Safeguarding.Adolescents.Briefing;
using Safeguarding.Adolescents.ReturnHomeInterviews;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Tests.Unit;

public sealed class ReturnHomeInterviewRuleTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan SeventyTwoHours = TimeSpan.FromHours(72);

    [Theory]
    [InlineData(71 * 60 + 59, true)]  // 71:59 on time
    [InlineData(72 * 60, true)]       // 72:00 on time
    [InlineData(72 * 60 + 1, false)]  // 72:01 late
    public void An_interview_offered_within_72_hours_of_the_return_is_on_time(int minutesAfterReturn, bool onTime)
    {
        var returned = UkTime.At(new DateOnly(2025, 6, 10), new TimeOnly(14, 30));
        Assert.Equal(onTime, ReturnHomeInterviewRule.OfferedInTime(returned, returned + TimeSpan.FromMinutes(minutesAfterReturn)));
    }

    /// <summary>The shared clock advances through the window: at 71:59 and 72:00 nothing is overdue, at 72:01 it is.</summary>
    [Theory]
    [InlineData(2025, 6, 10, 14, 30)]   // summer, no clock change
    [InlineData(2025, 3, 28, 10, 0)]    // the clocks go forward at 01:00 on Sunday 30 March 2025
    [InlineData(2025, 10, 24, 10, 0)]   // the clocks go back at 02:00 on Sunday 26 October 2025
    [InlineData(2025, 3, 30, 0, 30)]    // returned half an hour before the clocks go forward
    [InlineData(2025, 10, 26, 1, 30)]   // returned in the repeated hour (the earlier 01:30, BST)
    public void Overdue_is_72_hours_of_elapsed_time_across_clock_changes(int year, int month, int day, int hour, int minute)
    {
        var returned = UkTime.At(new DateOnly(year, month, day), new TimeOnly(hour, minute));
        var clock = new FakeTimeProvider(returned);
        clock.Advance(SeventyTwoHours - Minute);
        Assert.False(ReturnHomeInterviewRule.IsOverdue(returned, null, clock.GetUtcNow()));
        clock.Advance(Minute);
        Assert.False(ReturnHomeInterviewRule.IsOverdue(returned, null, clock.GetUtcNow()));
        clock.Advance(Minute);
        Assert.True(ReturnHomeInterviewRule.IsOverdue(returned, null, clock.GetUtcNow()));
        Assert.False(ReturnHomeInterviewRule.IsOverdue(returned, returned + SeventyTwoHours, clock.GetUtcNow())); // offered: not overdue
        Assert.Equal(SeventyTwoHours, ReturnHomeInterviewRule.DueBy(returned) - returned);
    }

    [Fact]
    public void Across_the_spring_change_the_deadline_reads_an_hour_later_on_the_UK_clock()
    {
        // Returned 10:00 GMT on Friday 28 March 2025; the clocks go forward on the Sunday; 72 hours later it is 11:00 BST.
        var returned = UkTime.At(new DateOnly(2025, 3, 28), new TimeOnly(10, 0));
        var due = ReturnHomeInterviewRule.DueBy(returned);
        Assert.Equal(new DateTimeOffset(2025, 3, 31, 10, 0, 0, TimeSpan.Zero), due);
        Assert.Equal("11:00 on 31 March 2025 (BST)", UkDisplay.Show(due));
        Assert.True(ReturnHomeInterviewRule.OfferedInTime(returned, UkTime.At(new DateOnly(2025, 3, 31), new TimeOnly(10, 59)))); // 71:59 elapsed
        Assert.True(ReturnHomeInterviewRule.OfferedInTime(returned, UkTime.At(new DateOnly(2025, 3, 31), new TimeOnly(11, 0))));  // 72:00
        Assert.False(ReturnHomeInterviewRule.OfferedInTime(returned, UkTime.At(new DateOnly(2025, 3, 31), new TimeOnly(11, 1)))); // 72:01
    }

    [Fact]
    public void Across_the_autumn_change_the_deadline_reads_an_hour_earlier_on_the_UK_clock()
    {
        // Returned 10:00 BST on Friday 24 October 2025; the clocks go back on the Sunday; 72 hours later it is 09:00 GMT.
        var returned = UkTime.At(new DateOnly(2025, 10, 24), new TimeOnly(10, 0));
        var due = ReturnHomeInterviewRule.DueBy(returned);
        Assert.Equal("09:00 on 27 October 2025 (GMT)", UkDisplay.Show(due));
        Assert.True(ReturnHomeInterviewRule.OfferedInTime(returned, UkTime.At(new DateOnly(2025, 10, 27), new TimeOnly(8, 59))));  // 71:59
        Assert.False(ReturnHomeInterviewRule.OfferedInTime(returned, UkTime.At(new DateOnly(2025, 10, 27), new TimeOnly(9, 1))));  // 72:01
        Assert.False(ReturnHomeInterviewRule.OfferedInTime(returned, UkTime.At(new DateOnly(2025, 10, 27), new TimeOnly(9, 30)))); // a wall-clock count would call this on time
    }
}

public sealed class BriefingPriorityTests
{
    private static readonly BriefingPriority Rule = new(new BriefingOptions());
    private static readonly DateOnly Day = new(2025, 3, 12);

    private static DateTimeOffset At(int month, int day, int hour, int minute = 0) => UkTime.At(new DateOnly(2025, month, day), new TimeOnly(hour, minute));
    private static MissingFact Episode(DateTimeOffset went, DateTimeOffset? back = null, DateTimeOffset? offered = null) => new(went, back, offered);
    private static YoungPersonFacts Person(Guid id, MissingFact[]? missing = null, CustodyFact[]? custody = null, ConcernFact[]? concerns = null) =>
        new(id, missing ?? [], custody ?? [], concerns ?? []);

    /// <summary>The worked example of docs/modules/adolescents.md.</summary>
    [Fact]
    public void The_worked_example_ranks_as_documented()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid(), d = Guid.NewGuid();
        var people = new[]
        {
            // A: went missing at 21:40 and not back; missing three times before in the last 90 days.
            Person(a, [Episode(At(3, 12, 21, 40)), Episode(At(1, 20, 22, 0), At(1, 21, 9, 0), At(1, 22, 10, 0)),
                       Episode(At(2, 14, 23, 0), At(2, 15, 8, 0), At(2, 15, 15, 0)), Episode(At(3, 1, 20, 0), At(3, 2, 7, 0), At(3, 3, 12, 0))]),
            // B: detained at 02:10 and not released; 4 exploitation indicators since 11 February against 1 in the 30 days before.
            Person(b, custody: [new CustodyFact(At(3, 12, 2, 10), null)], concerns: [new ConcernFact(new DateOnly(2025, 3, 5), 4), new ConcernFact(new DateOnly(2025, 2, 1), 1)]),
            // C: returned at 18:00 on 8 March with no interview offered; missing three times in 90 days.
            Person(c, [Episode(At(3, 7, 22, 0), At(3, 8, 18, 0)), Episode(At(2, 20, 21, 0), At(2, 21, 6, 0), At(2, 22, 9, 0)), Episode(At(1, 30, 21, 0), At(1, 31, 6, 0), At(2, 1, 9, 0))]),
            // D: returned yesterday and offered an interview on time: nothing to brief.
            Person(d, [Episode(At(3, 10, 19, 0), At(3, 11, 7, 0), At(3, 11, 12, 0))]),
        };
        var ranked = Rule.Rank(people, Day);
        Assert.Equal([a, b, c], ranked.Select(r => r.SubjectId));
        Assert.Equal([115, 55, 35], ranked.Select(r => r.Score));
        Assert.Equal([BriefingReason.MissingNow, BriefingReason.NewMissingEpisode, BriefingReason.RepeatMissing], ranked[0].Reasons.Select(r => r.Code));
        Assert.Equal([BriefingReason.InCustody, BriefingReason.ExploitationRising], ranked[1].Reasons.Select(r => r.Code));
        Assert.Equal([BriefingReason.RepeatMissing, BriefingReason.InterviewOverdue], ranked[2].Reasons.Select(r => r.Code));
        Assert.Equal("Missing now: went missing at 21:40 on 12 March 2025 (GMT) and had not returned by the end of the day.", ranked[0].Reasons[0].Words);
        Assert.Equal("Repeat missing: went missing 4 times in the last 90 days.", ranked[0].Reasons[2].Words);
        Assert.Equal("Exploitation concern rising: 4 indicators reported in the last 30 days, against 1 in the 30 days before.", ranked[1].Reasons[1].Words);
    }

    [Theory]
    [InlineData(0, 0, true)]     // went missing at midnight at the start of the day: 24 hours before the end
    [InlineData(-1, 23, false)]  // an hour earlier: outside the 24 hours
    [InlineData(0, 23, true)]
    public void A_new_missing_episode_is_one_in_the_24_hours_before_the_end_of_the_day(int dayOffset, int hour, bool isNew)
    {
        var went = UkTime.At(Day.AddDays(dayOffset), new TimeOnly(hour, 0));
        var score = Rule.Score(Person(Guid.NewGuid(), [Episode(went, went.AddHours(1), went.AddHours(2))]), Day);
        Assert.Equal(isNew, score.Has(BriefingReason.NewMissingEpisode));
    }

    [Fact]
    public void Across_the_spring_change_the_day_is_23_hours_and_the_24_hour_window_starts_the_evening_before()
    {
        var sunday = new DateOnly(2025, 3, 30);
        Assert.Equal(new DateTimeOffset(2025, 3, 30, 23, 0, 0, TimeSpan.Zero), BriefingPriority.EndOf(sunday)); // midnight BST
        var lateSaturday = UkTime.At(new DateOnly(2025, 3, 29), new TimeOnly(23, 30)); // 23:30 GMT, 23.5 hours before the end
        Assert.True(Rule.Score(Person(Guid.NewGuid(), [Episode(lateSaturday)]), sunday).Has(BriefingReason.NewMissingEpisode));
        var earlierSaturday = UkTime.At(new DateOnly(2025, 3, 29), new TimeOnly(22, 30)); // 24.5 hours before the end
        Assert.False(Rule.Score(Person(Guid.NewGuid(), [Episode(earlierSaturday, earlierSaturday.AddHours(2), earlierSaturday.AddHours(3))]), sunday).Has(BriefingReason.NewMissingEpisode));
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 20)]
    [InlineData(5, 30)]
    public void Repeat_missing_counts_episodes_in_the_90_days_ending_with_the_briefing_date(int episodes, int points)
    {
        // Episodes from the first day of the window (11 December 2024, 90 days including 12 March), returned and interviewed.
        var first = UkTime.At(Day.AddDays(-89), new TimeOnly(0, 0));
        var missing = Enumerable.Range(0, episodes).Select(i => Episode(first.AddDays(i * 7), first.AddDays(i * 7).AddHours(5), first.AddDays(i * 7).AddHours(6))).ToArray();
        var earlier = Episode(first.AddMinutes(-1), first.AddHours(3), first.AddHours(4)); // the minute before the window: not counted
        var score = Rule.Score(Person(Guid.NewGuid(), [.. missing, earlier]), Day);
        Assert.Equal(points, score.Reasons.Where(r => r.Code == BriefingReason.RepeatMissing).Sum(r => r.Points));
    }

    [Fact]
    public void Missing_now_is_judged_at_the_end_of_the_day_and_later_facts_are_ignored()
    {
        var went = At(3, 12, 20, 0);
        Assert.True(Rule.Score(Person(Guid.NewGuid(), [Episode(went, BriefingPriority.EndOf(Day))]), Day).Has(BriefingReason.MissingNow)); // back at midnight: missing all day
        Assert.False(Rule.Score(Person(Guid.NewGuid(), [Episode(went, At(3, 12, 23, 59), At(3, 13, 9, 0))]), Day).Has(BriefingReason.MissingNow));
        var tomorrow = Rule.Score(Person(Guid.NewGuid(), [Episode(At(3, 13, 1, 0))], [new CustodyFact(At(3, 13, 2, 0), null)], [new ConcernFact(Day.AddDays(1), 9)]), Day);
        Assert.Equal(0, tomorrow.Score);
    }

    [Fact]
    public void An_overdue_interview_counts_until_one_is_offered()
    {
        var returned = BriefingPriority.EndOf(Day) - TimeSpan.FromHours(72) - TimeSpan.FromMinutes(1); // 72:01 before the end of the day
        Assert.True(Rule.Score(Person(Guid.NewGuid(), [Episode(returned.AddHours(-5), returned)]), Day).Has(BriefingReason.InterviewOverdue));
        Assert.False(Rule.Score(Person(Guid.NewGuid(), [Episode(returned.AddHours(-5), returned, returned.AddHours(70))]), Day).Has(BriefingReason.InterviewOverdue));
        var justInTime = BriefingPriority.EndOf(Day) - TimeSpan.FromHours(72); // exactly 72:00 at the end of the day: not yet overdue
        Assert.False(Rule.Score(Person(Guid.NewGuid(), [Episode(justInTime.AddHours(-5), justInTime)]), Day).Has(BriefingReason.InterviewOverdue));
    }

    [Theory]
    [InlineData(3, 2, true)]
    [InlineData(2, 2, false)]
    [InlineData(1, 0, true)]
    [InlineData(0, 0, false)]
    public void Exploitation_is_rising_when_the_last_30_days_have_more_indicators_than_the_30_before(int recent, int before, bool rising)
    {
        var concerns = new List<ConcernFact>();
        if (recent > 0) concerns.Add(new ConcernFact(Day.AddDays(-29), recent)); // the first day of the last 30
        if (before > 0) concerns.Add(new ConcernFact(Day.AddDays(-30), before)); // the last day of the 30 before
        Assert.Equal(rising, Rule.Score(Person(Guid.NewGuid(), concerns: [.. concerns]), Day).Has(BriefingReason.ExploitationRising));
    }

    [Fact]
    public void Weights_come_from_configuration_and_change_the_order()
    {
        Guid custody = Guid.NewGuid(), concern = Guid.NewGuid();
        var people = new[]
        {
            Person(custody, custody: [new CustodyFact(At(3, 12, 9, 0), null)]),
            Person(concern, concerns: [new ConcernFact(Day, 2)]),
        };
        Assert.Equal([custody, concern], Rule.Rank(people, Day).Select(s => s.SubjectId));
        var exploitationFirst = new BriefingPriority(new BriefingOptions { ExploitationRisingWeight = 60 });
        Assert.Equal([concern, custody], exploitationFirst.Rank(people, Day).Select(s => s.SubjectId));
        var custodyOnly = new BriefingPriority(new BriefingOptions { MinimumScore = 30 });
        Assert.Equal([custody], custodyOnly.Rank(people, Day).Select(s => s.SubjectId));
        Assert.NotEmpty(new BriefingOptions { RepeatMissingThreshold = 1, InCustodyWeight = -1 }.Problems());
        Assert.Empty(new BriefingOptions().Problems());
    }
}
