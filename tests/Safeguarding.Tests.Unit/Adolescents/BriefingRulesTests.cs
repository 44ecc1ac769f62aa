using Safeguarding.Adolescents.Briefing;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit.Adolescents;

/// <summary>A briefing is made for a day that has happened; an agreed response is checked, then done once.</summary>
public sealed class BriefingRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static BriefingView View() => new(null, Today.AddDays(-1), Now.AddHours(-10), false, null,
    [
        new(null, 1, Guid.NewGuid(), 90, ["MissingNow", "RepeatMissing"], ["Missing now.", "Missing three times."], null, null),
        new(null, 2, Guid.NewGuid(), 30, ["InCustody"], ["In custody."], null, null),
    ], 3, 2);

    [Fact]
    public void A_briefing_is_made_only_for_a_day_that_has_happened_within_two_years()
    {
        Assert.Equal(Today, DailyBriefing.RequireBriefingDate(Today, Today));
        var future = Assert.Throws<DomainException>(() => DailyBriefing.RequireBriefingDate(Today.AddDays(1), Today));
        Assert.Equal("A briefing cannot be made for a day that has not happened yet (today is 2 March 2026).", future.Message);
        Assert.Equal("date", Assert.Single(Assert.Throws<DomainException>(() => DailyBriefing.RequireBriefingDate(Today.AddYears(-2), Today)).Problems).Field);
    }

    [Fact]
    public void Publishing_keeps_the_entries_in_rank_and_announces_the_counts_only()
    {
        var (briefing, published) = DailyBriefing.Publish(View(), Now, "adam");
        Assert.Equal([1, 2], briefing.Entries.Select(e => e.Rank));
        Assert.All(briefing.Entries, e => Assert.Equal(briefing.Id, e.BriefingId));
        Assert.Equal((2, 1, 1, 1, 0, 3, 2), (published.Entries, published.MissingNow, published.RepeatMissing, published.InCustody,
            published.NewMissing, published.ResponsesDueFromPreviousDay, published.ResponsesDoneFromPreviousDay));
    }

    [Fact]
    public void A_response_needs_an_action_known_agencies_and_a_due_time_within_14_days()
    {
        var refused = Assert.Throws<DomainException>(() => AgreedResponse.CheckTerms(new InputCheck(), " ", 1, ["Nobody"], Now.AddDays(15), Now));
        Assert.Equal(["action", "owningAgencies", "dueAt"], refused.Problems.Select(p => p.Field));
        AgreedResponse.CheckTerms(new InputCheck(), "Visit", 1, [], Now.AddDays(14), Now);
    }

    [Fact]
    public void A_response_is_done_once()
    {
        var (briefing, _) = DailyBriefing.Publish(View(), Now, "adam");
        var response = AgreedResponse.Agree(briefing.Entries[0], " Visit today ", ["NSPCC"], Now.AddDays(1), Now, "adam");
        Assert.Equal(("Visit today", briefing.Entries[0].SubjectId), (response.Action, response.SubjectId));
        Assert.Equal(ErrorCodes.Conflict, Assert.Throws<DomainException>(() => AgreedResponse.RequireNoneAgreed(true)).Code);

        response.Complete(" Seen at home ", Now.AddHours(2), "bea");
        Assert.Equal(("Seen at home", "bea"), (response.Outcome, response.DoneBy));
        Assert.True(response.DoneBefore(Now.AddHours(3)));
        var again = Assert.Throws<DomainException>(() => response.Complete(null, Now.AddHours(4), "bea"));
        Assert.Equal(("This response was already recorded as done, at 12:00 on 2 March 2026 (GMT).", ErrorCodes.Conflict), (again.Message, again.Code));
    }
}
