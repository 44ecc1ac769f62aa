using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Csa.Contracts;
using Safeguarding.Csa.Persistence;
using Safeguarding.Csa.Workstream;
using Safeguarding.Host.Platform;
using Safeguarding.Tests.Integration.Support;
using Safeguarding.Tests.Integration.SubscriberModule;

namespace Safeguarding.Tests.Integration.Csa;

public sealed class CsaTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private GraphQLClient Carla => _host.As("carla.csa");   // NSPCC
    private GraphQLClient Pat => _host.As("pat.practitioner"); // Plymouth City Council, Neglect and CSA

    private const string Register = "mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }";
    private const string RecordIndicator = """
        mutation($i: RecordCsaIndicatorInput!) { recordCsaIndicator(input: $i) {
          indicator { id category sourceAgency observedOn } flaggedNow flag { id reason agencyCount indicatorsInWindow isOpen } } }
        """;
    private const string Chronology = """
        query($s: ID!) { csaChronology(subjectId: $s) {
          indicators { id observedOn sourceAgency categoryCode category seenAndSpokenToAlone discussed } agencies openFlag { id } flags { id isOpen } } }
        """;
    private const string Discuss = "mutation($i: RecordCsaDiscussionInput!) { recordCsaMultiAgencyDiscussion(input: $i) { id isOpen discussionHeldOn discussionAgencies } }";
    private const string RecordHsb = "mutation($i: RecordCsaHarmfulSexualBehaviourInput!) { recordCsaHarmfulSexualBehaviour(input: $i) { id grade referralId } }";
    private const string Refer = "mutation($i: MakeCsaSupportReferralInput!) { makeCsaSupportReferral(input: $i) { id waitingDays } }";
    private const string StartSupport = "mutation($id: ID!, $on: DateOnly!) { startCsaSupport(referralId: $id, startedOn: $on) { id waitingDays startedOn } }";
    private const string SubjectView = """
        query($id: ID!) { subject(id: $id) { csa {
          chronology { indicators { id } openFlag { id } }
          harmfulSexualBehaviour { id grade } supportReferrals { id service } childProtectionPlans { planId startedOn endedOn } } } }
        """;

    private static string Today(int days = 0) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd");

    private async Task<string> RegisterChildAsync(string user = "carla.csa", string module = "Csa")
    {
        var r = (await _host.As(user).SendAsync(Register, new { i = new { module, name = "Example Child", dateOfBirth = "2014-02-03" } })).AssertOk();
        return r.Data!["registerSubject"]!["id"]!.GetValue<string>();
    }

    private static async Task<JsonNode> IndicatorAsync(GraphQLClient who, string subject, string observedOn, string category = "EMOTIONAL_BEHAVIOURAL", string? sourceAgency = null) =>
        (await who.SendAsync(RecordIndicator, new { i = new { subjectId = subject, categoryCode = category, observedOn, sourceAgency, description = "Withdrawn after contact weekends", seenAndSpokenToAlone = true } }))
        .AssertOk().Data!["recordCsaIndicator"]!;

    private Task<int> FlagEventsReceivedAsync(string? flagId = null) => _host.ScopedAsync(sp =>
    {
        var q = sp.GetRequiredService<TestSubscriberDbContext>().Received.Where(r => r.Kind == nameof(SubjectFlaggedForDiscussion));
        if (flagId is not null) q = q.Where(r => r.ActionId == Guid.Parse(flagId));
        return q.CountAsync();
    });

    private Task<List<AuditRecord>> ReadsAuditedAsync(string subject) => _host.ScopedAsync(sp =>
        sp.GetRequiredService<PlatformDbContext>().AuditLog.AsNoTracking().Where(a => a.SubjectId == subject && a.Action == "csa.chronology.read").ToListAsync());

    private Task<string> FingerprintAsync() => _host.ScopedAsync(async sp =>
    {
        var db = sp.GetRequiredService<CsaDbContext>();
        return string.Join("|", await db.Indicators.CountAsync(), await db.Flags.CountAsync(), await db.Flags.CountAsync(f => f.DiscussionHeldOn != null),
            await db.HsbIncidents.CountAsync(), await db.Referrals.CountAsync(), await db.Referrals.CountAsync(r => r.StartedOn != null),
            await db.HospitalCases.CountAsync(), await db.Training.SumAsync(t => t.Attendees), await db.AwarenessActivities.CountAsync(), await db.Outbox.CountAsync());
    });

    private Task AssertRejectedAsync(string mutation, object variables, string code, string user = "carla.csa", string? field = null) =>
        _host.AssertRejectedAsync(FingerprintAsync, user, mutation, variables, code, field);

    /// <summary>Registers one child twice in the CSA module (the same name and birthday, no NHS number): two records and a question on the queue.</summary>
    private async Task<(string First, string Second, string Review)> OneChildTwiceAsync()
    {
        const string RegisterPerson = "mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id outcome reviewId } }";
        var person = new { module = "Csa", givenNames = "Keziah", familyName = "Rowe-Pengelly", dateOfBirth = "2013-09-14" };
        var first = (await Carla.SendAsync(RegisterPerson, new { i = person })).AssertOk().Data!["registerSubject"]!;
        var second = (await Carla.SendAsync(RegisterPerson, new { i = person })).AssertOk().Data!["registerSubject"]!;
        Assert.Equal("NEEDS_REVIEW", second["outcome"]!.GetValue<string>());
        return (first["id"]!.GetValue<string>(), second["id"]!.GetValue<string>(), second["reviewId"]!.GetValue<string>());
    }

    private Task<List<Guid>> OpenFlagsAsync(params string[] subjects) => _host.ScopedAsync(sp =>
    {
        var ids = subjects.Select(Guid.Parse).ToList();
        return sp.GetRequiredService<CsaDbContext>().Flags.AsNoTracking().Where(f => ids.Contains(f.SubjectId) && f.DiscussionHeldOn == null).Select(f => f.SubjectId).ToListAsync();
    });

    private async Task ConfirmSameChildAsync(string review) =>
        (await Carla.SendAsync("mutation($r: ID!) { confirmSameChild(review: $r, reason: \"Same school, same GP, confirmed by phone\") { id } }", new { r = review })).AssertOk();

    [Fact]
    public async Task When_two_records_are_confirmed_as_one_child_their_indicators_count_together_and_flag_the_child()
    {
        var (first, second, review) = await OneChildTwiceAsync();
        // Two indicators on one record and one on the other, all seen by NSPCC: neither record alone meets the rule (three within 90 days).
        Assert.False((await IndicatorAsync(Carla, first, Today(-20)))["flaggedNow"]!.GetValue<bool>());
        Assert.False((await IndicatorAsync(Carla, first, Today(-10)))["flaggedNow"]!.GetValue<bool>());
        Assert.False((await IndicatorAsync(Carla, second, Today(-5)))["flaggedNow"]!.GetValue<bool>());
        Assert.Empty(await OpenFlagsAsync(first, second));

        await ConfirmSameChildAsync(review);
        await PartnershipHost.EventuallyAsync("the merge to reach the CSA module and flag the child (open flags)", () => OpenFlagsAsync(first, second), flags => flags.Count > 0);
        await _host.AssertEventsDeliveredAsync();
        Assert.Equal([Guid.Parse(first)], await OpenFlagsAsync(first, second)); // once, under the record that stands for the child
        Assert.Equal(1, await FlagEventsReceivedAsync());
    }

    [Fact]
    public async Task After_a_merge_an_indicator_under_either_record_counts_with_the_others()
    {
        var (first, second, review) = await OneChildTwiceAsync();
        await IndicatorAsync(Carla, first, Today(-20));
        await IndicatorAsync(Carla, second, Today(-10));
        await ConfirmSameChildAsync(review);
        await _host.AssertEventsDeliveredAsync();
        Assert.Empty(await OpenFlagsAsync(first, second)); // two indicators, one agency: not yet

        // The third, recorded under the absorbed record, meets the rule with the two already held under either id.
        var third = await IndicatorAsync(Carla, second, Today(-1));
        Assert.True(third["flaggedNow"]!.GetValue<bool>());
        Assert.Equal(3, third["flag"]!["indicatorsInWindow"]!.GetValue<int>());
        // Discussing it counts every one of them as discussed, under both ids.
        (await Carla.SendAsync(Discuss, new { i = new { flagId = third["flag"]!["id"]!.GetValue<string>(), heldOn = Today(), agencies = new[] { "NSPCC", "Plymouth City Council" }, outcome = "Plan agreed with school" } })).AssertOk();
        var undiscussed = await _host.ScopedAsync(sp => sp.GetRequiredService<CsaDbContext>().Indicators.CountAsync(i =>
            (i.SubjectId == Guid.Parse(first) || i.SubjectId == Guid.Parse(second)) && i.DiscussedUnderFlagId == null));
        Assert.Equal(0, undiscussed);
    }

    [Fact]
    public async Task Indicators_from_two_agencies_flag_the_child_once_and_the_event_reaches_a_subscriber_once()
    {
        var subject = await RegisterChildAsync();

        var first = await IndicatorAsync(Carla, subject, Today(-20));
        Assert.False(first["flaggedNow"]!.GetValue<bool>());
        Assert.Null(first["flag"]);
        Assert.Equal("NSPCC", first["indicator"]!["sourceAgency"]!.GetValue<string>());

        var second = await IndicatorAsync(Pat, subject, Today(-5), "PHYSICAL");
        Assert.True(second["flaggedNow"]!.GetValue<bool>());
        var flag = second["flag"]!;
        var flagId = flag["id"]!.GetValue<string>();
        Assert.Equal("AGENCIES", flag["reason"]!.GetValue<string>());
        Assert.Equal(2, flag["agencyCount"]!.GetValue<int>());

        // Later indicators add to the picture but do not flag again while the flag is open.
        var third = await IndicatorAsync(Carla, subject, Today(-30), "CHILD_STATEMENTS", sourceAgency: "Livewell Southwest");
        Assert.False(third["flaggedNow"]!.GetValue<bool>());
        Assert.Equal(flagId, third["flag"]!["id"]!.GetValue<string>());

        await PartnershipHost.EventuallyAsync("the flag to reach the subscriber once (deliveries)", () => FlagEventsReceivedAsync(flagId), n => n == 1);
        await PartnershipHost.EventuallyAsync("Csa's outbox to be dispatched (rows not yet dispatched)",
            () => _host.ScopedAsync(sp => sp.GetRequiredService<CsaDbContext>().Outbox.CountAsync(m => m.DispatchedAt == null)), n => n == 0);
        Assert.Equal(1, await FlagEventsReceivedAsync());

        // The chronology is in the order observed, not the order recorded.
        var chronology = (await Pat.SendAsync(Chronology, new { s = subject })).AssertOk().Data!["csaChronology"]!;
        Assert.Equal([Today(-30), Today(-20), Today(-5)], chronology["indicators"]!.AsArray().Select(i => i!["observedOn"]!.GetValue<string>()).ToArray());
        Assert.Equal(["Livewell Southwest", "NSPCC", "Plymouth City Council"], chronology["agencies"]!.AsArray().Select(a => a!.GetValue<string>()).ToArray());
        Assert.Equal(flagId, chronology["openFlag"]!["id"]!.GetValue<string>());
        Assert.Equal("What the child has said", chronology["indicators"]![0]!["category"]!.GetValue<string>());

        // The multi-agency discussion closes the flag; what was recorded so far counts as discussed.
        var closed = (await Carla.SendAsync(Discuss, new { i = new { flagId, heldOn = Today(), agencies = new[] { "NSPCC", "Plymouth City Council", "Livewell Southwest" }, outcome = "Strategy discussion; referral to Children's Services" } }))
            .AssertOk().Data!["recordCsaMultiAgencyDiscussion"]!;
        Assert.False(closed["isOpen"]!.GetValue<bool>());
        await AssertRejectedAsync(Discuss, new { i = new { flagId, heldOn = Today(), agencies = new[] { "NSPCC", "Devon and Cornwall Police" }, outcome = "Again" } }, "CONFLICT");

        // A new flag needs new indicators meeting the rule: one agency is not enough, a second agency is.
        Assert.False((await IndicatorAsync(Carla, subject, Today(-1)))["flaggedNow"]!.GetValue<bool>());
        var again = await IndicatorAsync(Pat, subject, Today());
        Assert.True(again["flaggedNow"]!.GetValue<bool>());
        Assert.NotEqual(flagId, again["flag"]!["id"]!.GetValue<string>());
        await PartnershipHost.EventuallyAsync("both flags to reach the subscriber (deliveries)", () => FlagEventsReceivedAsync(), n => n == 2);

        var after = (await Carla.SendAsync(Chronology, new { s = subject })).AssertOk().Data!["csaChronology"]!;
        Assert.Equal(3, after["indicators"]!.AsArray().Count(i => i!["discussed"]!.GetValue<bool>()));
        Assert.Equal(2, after["flags"]!.AsArray().Count);

        var audited = await ReadsAuditedAsync(subject);
        Assert.Contains(audited, a => a.Actor == "pat.practitioner" && a.Field == "csaChronology" && a.Module == "Csa");
        Assert.Contains(audited, a => a.Actor == "carla.csa");
    }

    [Fact]
    public async Task Only_the_working_group_reads_a_chronology_and_every_read_is_audited()
    {
        var subject = await RegisterChildAsync();
        await IndicatorAsync(Carla, subject, Today(-3));

        var view = (await Pat.SendAsync(SubjectView, new { id = subject })).AssertOk().Data!["subject"]!["csa"]!;
        Assert.Single(view["chronology"]!["indicators"]!.AsArray());
        Assert.Contains(await ReadsAuditedAsync(subject), a => a.Actor == "pat.practitioner" && a.Field == "Subject.csa");

        foreach (var user in new[] { "nina.neglect", "gina.governance", "sam.scrutineer", "alex.admin" })
            (await _host.As(user).SendAsync(Chronology, new { s = subject })).AssertError("FORBIDDEN");
        (await _host.As("nina.neglect").SendAsync(SubjectView, new { id = subject })).AssertError("NOT_FOUND"); // no group of hers holds the child
        (await _host.As("sam.scrutineer").SendAsync("{ csaOpenFlags { nodes { id } } }")).AssertError("FORBIDDEN");
        (await _host.As("sam.scrutineer").SendAsync("{ csaUnmetReferrals { nodes { id } } }")).AssertError("FORBIDDEN");
        Assert.Single(await ReadsAuditedAsync(subject)); // refused reads read nothing

        (await Carla.SendAsync(Chronology, new { s = subject })).AssertOk();
        (await Carla.SendAsync(Chronology, new { s = subject })).AssertOk();
        Assert.Equal(3, (await ReadsAuditedAsync(subject)).Count);
        (await Carla.SendAsync(Chronology, new { s = Guid.NewGuid().ToString() })).AssertError("NOT_FOUND");
    }

    [Fact]
    public async Task Bad_input_is_rejected_with_codes_and_nothing_is_written()
    {
        var subject = await RegisterChildAsync();
        object Indicator(string observedOn, string category = "PHYSICAL", string? subjectId = null, string description = "Observed at school") =>
            new { i = new { subjectId = subjectId ?? subject, categoryCode = category, observedOn, description, seenAndSpokenToAlone = false } };

        await AssertRejectedAsync(RecordIndicator, Indicator(Today(1)), "VALIDATION", field: "observedOn");
        await AssertRejectedAsync(RecordIndicator, Indicator(Today(-1), "NOT_A_CATEGORY"), "VALIDATION", field: "categoryCode");
        await AssertRejectedAsync(RecordIndicator, Indicator(Today(-1), description: " "), "VALIDATION", field: "description");
        await AssertRejectedAsync(RecordIndicator, Indicator(Today(-1), subjectId: Guid.NewGuid().ToString()), "NOT_FOUND");
        await AssertRejectedAsync(RecordIndicator, Indicator(Today(-1), subjectId: "not-an-id"), "VALIDATION", field: "subjectId");
        await AssertRejectedAsync(RecordIndicator, Indicator(Today(-1)), "FORBIDDEN", user: "nina.neglect");
        await AssertRejectedAsync(RecordIndicator, Indicator(Today(-1)), "FORBIDDEN", user: "sam.scrutineer");

        var hsb = new { subjectId = subject, occurredOn = Today(-2), grade = "RED", behaviour = "Coercive sexual behaviour towards a younger child", response = "Strategy discussion" };
        await AssertRejectedAsync(RecordHsb, new { i = hsb }, "VALIDATION", field: "referral");
        await AssertRejectedAsync(RecordHsb, new { i = hsb with { grade = "PURPLE" } }, "INVALID_VALUE"); // not a grade: refused by the schema itself
        await AssertRejectedAsync(RecordHsb, new { i = new { hsb.subjectId, occurredOn = Today(-2), grade = "RED", hsb.behaviour, hsb.response,
            referral = new { service = "HSB service", kind = "HARMFUL_SEXUAL_BEHAVIOUR", referredOn = Today(-3) } } }, "VALIDATION", field: "referral.referredOn");
        await AssertRejectedAsync(RecordHsb, new { i = new { hsb.subjectId, occurredOn = Today(2), grade = "GREEN", hsb.behaviour, hsb.response } }, "VALIDATION", field: "occurredOn");

        await AssertRejectedAsync(Discuss, new { i = new { flagId = Guid.NewGuid().ToString(), heldOn = Today(), agencies = new[] { "NSPCC", "Devon and Cornwall Police" }, outcome = "Agreed" } }, "NOT_FOUND");
        // Every agency named must be one of the partnership's, whatever its letter case; "Police" is not.
        await AssertRejectedAsync(Discuss, new { i = new { flagId = Guid.NewGuid().ToString(), heldOn = Today(), agencies = new[] { "nspcc", "Police" }, outcome = "Agreed" } }, "VALIDATION", field: "agencies[1]");
        await AssertRejectedAsync(Discuss, new { i = new { flagId = Guid.NewGuid().ToString(), heldOn = Today(), agencies = new[] { "NSPCC", "nspcc" }, outcome = "Agreed" } }, "VALIDATION", field: "agencies");
        await AssertRejectedAsync(Refer, new { i = new { subjectId = subject, referral = new { service = "", kind = "RECOVERY", referredOn = Today(3) } } }, "VALIDATION", field: "referral.referredOn");
        await AssertRejectedAsync(StartSupport, new { id = Guid.NewGuid().ToString(), on = Today() }, "NOT_FOUND");
        await AssertRejectedAsync("mutation { recordCsaHospitalSafeguardedCases(year: \"2023-24\", cases: 20) { year } }", new { }, "CONFLICT");
        await AssertRejectedAsync("mutation { recordCsaHospitalSafeguardedCases(year: \"2024/25\", cases: -1) { year } }", new { }, "VALIDATION", field: "cases");
        await AssertRejectedAsync("mutation($i: RecordCsaWorkshopTrainingInput!) { recordCsaWorkshopTraining(input: $i) { year } }",
            new { i = new { year = "2024-26", workshop = "Introduction to child sexual abuse", sessions = 0, attendees = 10 } }, "INVALID_VALUE");
    }

    [Fact]
    public async Task Red_behaviour_comes_with_a_referral_and_unmet_referrals_show_the_gaps()
    {
        var subject = await RegisterChildAsync();
        var red = (await Carla.SendAsync(RecordHsb, new { i = new { subjectId = subject, occurredOn = Today(-45), grade = "RED", behaviour = "Harmful sexual behaviour towards a peer", response = "Safety plan at school; strategy discussion",
            referral = new { service = "HSB service", kind = "HARMFUL_SEXUAL_BEHAVIOUR", commissioned = false, referredOn = Today(-40) } } })).AssertOk().Data!["recordCsaHarmfulSexualBehaviour"]!;
        Assert.Equal("RED", red["grade"]!.GetValue<string>());
        Assert.NotNull(red["referralId"]);
        (await Carla.SendAsync(RecordHsb, new { i = new { subjectId = subject, occurredOn = Today(-10), grade = "GREEN", behaviour = "Curiosity expected for age", response = "Reassurance and RSE" } })).AssertOk();

        var recovery = (await Pat.SendAsync(Refer, new { i = new { subjectId = subject, referral = new { service = "Recovery service", kind = "RECOVERY", referredOn = Today(-60) } } }))
            .AssertOk().Data!["makeCsaSupportReferral"]!["id"]!.GetValue<string>();
        (await Pat.SendAsync(Refer, new { i = new { subjectId = subject, referral = new { service = "Recovery service", kind = "RECOVERY", referredOn = Today(-10) } } })).AssertOk();
        var late = (await Pat.SendAsync(Refer, new { i = new { subjectId = subject, referral = new { service = "Counselling", kind = "OTHER", referredOn = Today(-29) } } }))
            .AssertOk().Data!["makeCsaSupportReferral"]!["id"]!.GetValue<string>();

        await AssertRejectedAsync(StartSupport, new { id = recovery, on = Today(-61) }, "VALIDATION", field: "startedOn");
        var started = (await Pat.SendAsync(StartSupport, new { id = recovery, on = Today(-30) })).AssertOk().Data!["startCsaSupport"]!;
        Assert.Equal(30, started["waitingDays"]!.GetValue<int>());
        await AssertRejectedAsync(StartSupport, new { id = recovery, on = Today() }, "CONFLICT");

        var gaps = (await Carla.SendAsync("{ csaSupportGaps { service kind referrals started averageWaitingDays unmetNoCommissionedService unmetWaitingTooLong longestCurrentWaitDays } }"))
            .AssertOk().Data!["csaSupportGaps"]!.AsArray().ToDictionary(g => g!["service"]!.GetValue<string>(), g => g!);
        // The scrutineer reads the same gaps with their small counts withheld; the working group, above, reads them exactly.
        var withheld = (await _host.As("sam.scrutineer").SendAsync("{ csaSupportGaps { service unmetNoCommissionedService suppressed } }"))
            .AssertOk().Data!["csaSupportGaps"]!.AsArray().Single(g => g!["service"]!.GetValue<string>() == "HSB service")!;
        Assert.Null(withheld["unmetNoCommissionedService"]);
        Assert.Contains("unmetNoCommissionedService", withheld["suppressed"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(1, gaps["HSB service"]["unmetNoCommissionedService"]!.GetValue<int>());
        Assert.Equal(40, gaps["HSB service"]["longestCurrentWaitDays"]!.GetValue<int>());
        Assert.Equal(2, gaps["Recovery service"]["referrals"]!.GetValue<int>());
        Assert.Equal(30.0m, gaps["Recovery service"]["averageWaitingDays"]!.GetValue<decimal>());
        Assert.Equal(0, gaps["Recovery service"]["unmetWaitingTooLong"]!.GetValue<int>()); // waiting 10 days: within 28
        Assert.Equal(1, gaps["Counselling"]["unmetWaitingTooLong"]!.GetValue<int>());     // waiting 29 days: past 28

        var unmet = (await Carla.SendAsync("{ csaUnmetReferrals { nodes { id service } } }")).AssertOk().Data!["csaUnmetReferrals"]!["nodes"]!.AsArray();
        Assert.Equal(new[] { late, red["referralId"]!.GetValue<string>() }.Order(), unmet.Select(u => u!["id"]!.GetValue<string>()).Order());

        const string ByQuarter = "query($f: DateOnly!, $t: DateOnly!) { csaHsbByQuarter(from: $f, to: $t) { quarterEnd green amber red suppressed } }";
        var byQuarter = (await Carla.SendAsync(ByQuarter, new { f = Today(-45), t = Today(100) })).AssertOk().Data!["csaHsbByQuarter"]!.AsArray();
        Assert.Equal(1, byQuarter.Sum(q => q!["red"]!.GetValue<int>()));
        Assert.Equal(1, byQuarter.Sum(q => q!["green"]!.GetValue<int>()));
        // Outside the CSA working group one child's behaviour is a small number: withheld, never shown as a count.
        var seen = (await _host.As("sam.scrutineer").SendAsync(ByQuarter, new { f = Today(-45), t = Today(100) })).AssertOk().Data!["csaHsbByQuarter"]!.AsArray();
        Assert.All(seen, q => Assert.True(q!["red"] is null && q["green"] is null || q["suppressed"]!.AsArray().Count == 0 && q["red"]!.GetValue<int>() + q["green"]!.GetValue<int>() == 0));
        Assert.Contains(seen, q => q!["suppressed"]!.AsArray().Count > 0);

        var view = (await Carla.SendAsync(SubjectView, new { id = subject })).AssertOk().Data!["subject"]!["csa"]!;
        Assert.Equal(2, view["harmfulSexualBehaviour"]!.AsArray().Count);
        Assert.Equal(4, view["supportReferrals"]!.AsArray().Count);

        var events = await _host.ScopedAsync(sp => sp.GetRequiredService<CsaDbContext>().Outbox.Select(m => m.EventType).ToListAsync());
        Assert.Equal(2, events.Count(e => e == typeof(HarmfulSexualBehaviourGraded).FullName));
        Assert.Equal(4, events.Count(e => e == typeof(SupportReferralMade).FullName));
        Assert.Single(events, e => e == typeof(SupportStarted).FullName);
    }

    [Fact]
    public async Task Sexual_abuse_plans_come_from_Neglect_events_and_the_workstream_figures_are_the_reports()
    {
        var subject = await RegisterChildAsync("pat.practitioner");
        var other = await RegisterChildAsync("pat.practitioner");
        const string Plan = "mutation($i: RecordChildProtectionPlanInput!) { recordChildProtectionPlan(input: $i) { id } }";
        var quarter = Quarter.Containing(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3));
        async Task<JsonNode> FiguresAsync() => (await Carla.SendAsync("query($f: DateOnly!, $t: DateOnly!) { csaSexualAbusePlansByQuarter(from: $f, to: $t) { quarterEnd started openAtEnd } }",
            new { f = quarter.Starts.ToString("yyyy-MM-dd"), t = quarter.Ends.ToString("yyyy-MM-dd") })).AssertOk().Data!["csaSexualAbusePlansByQuarter"]!.AsArray().Single()!;
        // The demo data's historic plans reach the workstream through Neglect's events too: count from them.
        await _host.AssertEventsDeliveredAsync();
        var before = await FiguresAsync();
        var planId = (await Pat.SendAsync(Plan, new { i = new { subjectId = subject, category = "SEXUAL", startedOn = Today(-3) } })).AssertOk().Data!["recordChildProtectionPlan"]!["id"]!.GetValue<string>();
        (await Pat.SendAsync(Plan, new { i = new { subjectId = other, category = "NEGLECT", startedOn = Today(-3) } })).AssertOk();
        var sexual = Guid.Parse(planId);

        await PartnershipHost.EventuallyAsync("Neglect's sexual abuse plan to reach Csa (is it there)", () => _host.ScopedAsync(sp => sp.GetRequiredService<CsaDbContext>().SexualAbusePlans.AnyAsync(p => p.PlanId == sexual)), there => there);
        var figures = await FiguresAsync();
        Assert.Equal(1, figures["started"]!.GetValue<int>() - before["started"]!.GetValue<int>());
        Assert.Equal(1, figures["openAtEnd"]!.GetValue<int>() - before["openAtEnd"]!.GetValue<int>());

        (await Pat.SendAsync("mutation($p: ID!, $e: DateOnly!) { endChildProtectionPlan(planId: $p, endedOn: $e) { id } }", new { p = planId, e = Today() })).AssertOk();
        await PartnershipHost.EventuallyAsync("the plan's end to reach Csa (has it ended there)", () => _host.ScopedAsync(sp => sp.GetRequiredService<CsaDbContext>().SexualAbusePlans.AnyAsync(p => p.PlanId == sexual && p.EndedOn != null)), ended => ended);
        var plans = (await Pat.SendAsync(SubjectView, new { id = subject })).AssertOk().Data!["subject"]!["csa"]!["childProtectionPlans"]!.AsArray();
        Assert.Equal(planId, plans.Single()!["planId"]!.GetValue<string>());
        Assert.Equal(Today(), plans.Single()!["endedOn"]!.GetValue<string>());

        var sam = _host.As("sam.scrutineer");
        var hospital = (await sam.SendAsync("{ csaHospitalSafeguardedCases { year cases source } }")).AssertOk().Data!["csaHospitalSafeguardedCases"]!.AsArray().Single()!;
        Assert.Equal(("2023/24", 19), (hospital["year"]!.GetValue<string>(), hospital["cases"]!.GetValue<int>()));
        Assert.Equal(2, (await sam.SendAsync("{ csaAwarenessActivities { nodes { title partners youngPeopleReached } } }")).AssertOk().Data!["csaAwarenessActivities"]!["nodes"]!.AsArray().Count);
        Assert.Empty((await sam.SendAsync("{ csaWorkshopTraining { year } }")).AssertOk().Data!["csaWorkshopTraining"]!.AsArray());

        const string Training = "mutation($i: RecordCsaWorkshopTrainingInput!) { recordCsaWorkshopTraining(input: $i) { sessions attendees } }";
        var workshop = new { year = "2024-25", workshop = "Introduction to child sexual abuse", sessions = 2, attendees = 30 };
        (await Carla.SendAsync(Training, new { i = workshop })).AssertOk();
        var total = (await Carla.SendAsync(Training, new { i = workshop with { sessions = 1, attendees = 12 } })).AssertOk().Data!["recordCsaWorkshopTraining"]!;
        Assert.Equal((3, 42), (total["sessions"]!.GetValue<int>(), total["attendees"]!.GetValue<int>()));
        (await Carla.SendAsync("mutation($i: RecordCsaAwarenessActivityInput!) { recordCsaAwarenessActivity(input: $i) { id } }",
            new { i = new { year = "2024-25", title = "Peer awareness sessions", partners = "City College Plymouth; NSPCC", summary = "Young people delivered sessions to peers." } })).AssertOk();
        (await Carla.SendAsync("mutation { recordCsaHospitalSafeguardedCases(year: \"2024-25\", cases: 0) { year } }")).AssertOk();
        (await sam.SendAsync("{ csaIndicatorCategories { code label } }")).AssertOk();

        var outbox = await _host.ScopedAsync(sp => sp.GetRequiredService<CsaDbContext>().Outbox.Select(m => m.EventType).ToListAsync());
        Assert.Equal(2, outbox.Count(e => e == typeof(HospitalSafeguardedCasesReported).FullName)); // the seed's 19 and the new year
    }

    [Fact]
    public async Task Switching_Csa_off_answers_module_disabled()
    {
        var subject = await RegisterChildAsync();
        (await _host.As("alex.admin").SendAsync("mutation { setModuleEnabled(name: \"Csa\", enabled: false, reason: \"Switched off by the test\") { enabled } }")).AssertOk();
        (await Carla.SendAsync(Chronology, new { s = subject })).AssertError("MODULE_DISABLED");
        (await Carla.SendAsync(SubjectView, new { id = subject })).AssertError("MODULE_DISABLED");
        (await _host.As("sam.scrutineer").SendAsync("{ csaHospitalSafeguardedCases { year } }")).AssertError("MODULE_DISABLED");
        (await Carla.SendAsync(RecordIndicator, new { i = new { subjectId = subject, categoryCode = "PHYSICAL", observedOn = Today(), description = "x", seenAndSpokenToAlone = false } })).AssertError("MODULE_DISABLED");

        (await _host.As("alex.admin").SendAsync("mutation { setModuleEnabled(name: \"Csa\", enabled: true) { enabled } }")).AssertOk();
        (await Carla.SendAsync(Chronology, new { s = subject })).AssertOk();
    }
}

public sealed class CsaOptionsTests
{
    [Fact]
    public void The_host_refuses_to_start_with_a_flagging_rule_that_would_flag_every_child()
    {
        using var host = new PartnershipHost(settings: new Dictionary<string, string?> { ["Csa:Flagging:MinAgencies"] = "0" });
        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());
        Assert.Contains("MinAgencies", error.ToString());
    }
}
