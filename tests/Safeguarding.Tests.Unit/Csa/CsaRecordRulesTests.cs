using Safeguarding.Csa.Hsb;
using Safeguarding.Csa.Indicators;
using Safeguarding.Csa.Support;
using Safeguarding.Csa.Workstream;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit.Csa;

public sealed class CsaRecordRulesTests
{
    private static readonly DateOnly Today = new(2025, 3, 10);
    private static readonly Guid Child = Guid.NewGuid();

    private static CsaSupportReferralInput Referral(DateOnly referredOn) => new() { Service = " Recovery service ", Kind = SupportKind.Recovery, ReferredOn = referredOn };

    private static RecordCsaHsbInput Incident(HsbGrade grade, CsaSupportReferralInput? referral = null) => new()
    {
        SubjectId = Child.ToString(), OccurredOn = Today.AddDays(-3), Grade = grade, Behaviour = "What happened", Response = "What was done", Referral = referral,
    };

    [Fact]
    public void Red_behaviour_needs_a_referral_and_the_referral_made_in_response_points_back_at_it()
    {
        var missing = Assert.Throws<DomainException>(() => HsbIncident.Record(Child, Incident(HsbGrade.Red), "Police", "carla.csa", Today, DateTimeOffset.UtcNow));
        Assert.Equal(("referral", "Behaviour graded RED needs a referral to a support service: give it with the incident."), (Assert.Single(missing.Problems).Field, missing.Message));

        var early = Assert.Throws<DomainException>(() => HsbIncident.Record(Child, Incident(HsbGrade.Red, Referral(Today.AddDays(-4))), "Police", "carla.csa", Today, DateTimeOffset.UtcNow));
        Assert.Equal("referral.referredOn", Assert.Single(early.Problems).Field);

        var (incident, referral, made) = HsbIncident.Record(Child, Incident(HsbGrade.Red, Referral(Today)), "Police", "carla.csa", Today, DateTimeOffset.UtcNow);
        Assert.Equal((incident.ReferralId, (Guid?)incident.Id), (referral!.Id, referral.HsbIncidentId));
        Assert.Equal(("Recovery service", "Police"), (referral.Service, referral.ReferringAgency));
        Assert.Equal(referral.Id, made!.ReferralId);
        Assert.Equal("RED", incident.Graded().Grade);

        var (green, none, _) = HsbIncident.Record(Child, Incident(HsbGrade.Green), "Police", "carla.csa", Today, DateTimeOffset.UtcNow);
        Assert.Null(none);
        Assert.Null(green.ReferralId);
    }

    [Fact]
    public void Support_starts_once_not_before_the_referral_and_the_event_carries_the_wait()
    {
        var (referral, _) = SupportReferral.Make(Child, Referral(Today.AddDays(-30)), "NHS Devon", null, Today);
        var early = Assert.Throws<DomainException>(() => referral.Start(Today.AddDays(-31), Today));
        Assert.Equal("startedOn", Assert.Single(early.Problems).Field);
        Assert.Equal("The start cannot be in the future (today is 10 March 2025).", Assert.Throws<DomainException>(() => referral.Start(Today.AddDays(1), Today)).Message);

        var started = referral.Start(Today.AddDays(-2), Today);
        Assert.Equal((28, (int?)28), (started.WaitingDays, referral.WaitingDays));
        var again = Assert.Throws<DomainException>(() => referral.Start(Today, Today));
        Assert.Equal((ErrorCodes.Conflict, "Support for this referral already started on 8 March 2025."), (again.Code, again.Message));
    }

    [Fact]
    public void A_flag_closes_with_one_discussion_held_on_or_after_the_day_flagged_and_the_indicators_so_far_count_as_discussed()
    {
        var input = new RecordCsaIndicatorInput { SubjectId = Child.ToString(), CategoryCode = "PHYSICAL", ObservedOn = Today.AddDays(-1), Description = "Seen" };
        var category = IndicatorCategory.All[0];
        var (first, _) = Indicator.Record(Child, category, input, "Police", "carla.csa", Today, DateTimeOffset.UtcNow);
        var (second, _) = Indicator.Record(Child, category, input, "NHS Devon", "carla.csa", Today, DateTimeOffset.UtcNow);
        var decision = new FlaggingRule(new FlaggingOptions()).Evaluate([first.ToFact(), second.ToFact()]);
        var (flag, raised) = DiscussionFlag.Raise(Child, decision, Today);
        Assert.Equal((FlaggingRule.ByAgencies, 2), (raised.Reason, raised.AgencyCount));
        Assert.Throws<ArgumentException>(() => DiscussionFlag.Raise(Child, decision with { Flag = false }, Today));

        var before = Assert.Throws<DomainException>(() => flag.RecordDiscussion(Today.AddDays(-1), ["Police", "NHS Devon"], "Agreed", "carla.csa", [first, second], Today));
        Assert.Equal(("heldOn", "The child was flagged on 10 March 2025; the discussion cannot be before that."), (Assert.Single(before.Problems).Field, before.Message));
        var alone = Assert.Throws<DomainException>(() => flag.RecordDiscussion(Today, ["Police"], "Agreed", "carla.csa", [first, second], Today));
        Assert.Equal("agencies", Assert.Single(alone.Problems).Field);
        Assert.True(flag.IsOpen);

        var held = flag.RecordDiscussion(Today, ["Police", "NHS Devon"], " Agreed a plan ", "carla.csa", [first, second], Today);
        Assert.Equal((2, false, "Agreed a plan"), (held.Agencies, flag.IsOpen, flag.DiscussionOutcome));
        Assert.Equal(["Police", "NHS Devon"], flag.Agencies);
        Assert.All([first, second], i => Assert.Equal(flag.Id, i.DiscussedUnderFlagId));
        var again = Assert.Throws<DomainException>(() => flag.RecordDiscussion(Today, ["Police", "NHS Devon"], "Again", "carla.csa", [], Today));
        Assert.Equal((ErrorCodes.Conflict, "This flag was already closed by the discussion held on 10 March 2025."), (again.Code, again.Message));
    }

    [Fact]
    public void Workstream_figures_are_stored_under_the_year_written_with_a_hyphen_whichever_way_it_was_given()
    {
        var cases = HospitalSafeguardedCases.Record(" 2024-25 ", 21, null);
        Assert.Equal(("2024-25", 21, HospitalSafeguardedCases.DefaultSource), (cases.Year, cases.Cases, cases.Source));
        Assert.Equal("2024-25", HospitalSafeguardedCases.Record("2024/25", 1, null).Year);
        Assert.Equal("\"2024/26\" is not a financial year: write it like 2024/25.", Assert.Throws<DomainException>(() => HospitalSafeguardedCases.Record("2024/26", 1, null)).Message);

        var training = WorkshopTraining.Open("2024-25", "Introduction to child sexual abuse");
        training.Add(2, 40);
        training.Add(1, 5);
        Assert.Equal((3, 45), (training.Sessions, training.Attendees));
        Assert.Equal("attendees", Assert.Single(Assert.Throws<DomainException>(() => training.Add(1, -1)).Problems).Field);

        var refused = Assert.Throws<DomainException>(() => AwarenessActivity.Record("2024-25", " ", "College", "Summary", -5));
        Assert.Equal(["title", "youngPeopleReached"], refused.Problems.Select(p => p.Field));
        Assert.Equal(10, Quarter.Reported(new DateOnly(2023, 1, 1), new DateOnly(2025, 6, 30)).Count);
        Assert.Equal("to", Assert.Single(Assert.Throws<DomainException>(() => Quarter.Reported(new DateOnly(2010, 1, 1), new DateOnly(2025, 1, 1))).Problems).Field);
    }
}
