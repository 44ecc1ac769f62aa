using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.DomesticAbuse.Contracts;
using Safeguarding.DomesticAbuse.Encompass;
using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.Host.Auth;
using Safeguarding.Tests.Integration.Support;
using Safeguarding.Tests.Integration.SubscriberModule;

namespace Safeguarding.Tests.Integration.DomesticAbuse;

public sealed class DomesticAbuseTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private GraphQLClient Dana => _host.As("dana.domesticabuse");

    private const string Register = "mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }";
    private const string RecordOne = "mutation($i: ProtectionNoticeInput!) { recordProtectionNotice(input: $i) { index policeReference outcome noticeId encompassNotifications problems { field message } } }";
    private const string RecordMany = """
        mutation($n: [ProtectionNoticeInput]!) { recordProtectionNotices(notices: $n) {
          received stored duplicates rejected results(notStoredOnly: true) { index policeReference outcome noticeId problems { field message } } } }
        """;
    private const string Link = "mutation($s: ID!, $t: ID!) { linkChildToSetting(subjectId: $s, settingId: $t) { id } }";
    private const string Dash = "mutation($i: CompleteDashAssessmentInput!) { completeDashAssessment(input: $i) { id yesCount incidentsInLastYear riskLevel highRiskBasis maracReferral { id meetingOn basis } } }";

    private static readonly string ExamplePrimary = DomesticAbuseDemoIds.ExamplePrimarySchool.ToString();
    private static readonly string ExampleSecondary = "5e771a90-0000-4000-8000-00000000e002";
    private static readonly string ExampleNursery = "5e771a90-0000-4000-8000-00000000e003";

    private static string Ago(TimeSpan span) => DateTimeOffset.UtcNow.Subtract(span).ToString("O");
    private static string Today(int days = 0) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd");

    private async Task<string> RegisterChildAsync(string name = "Example Child")
    {
        var r = (await Dana.SendAsync(Register, new { i = new { module = "DomesticAbuse", name, dateOfBirth = "2016-02-03" } })).AssertOk();
        return r.Data!["registerSubject"]!["id"]!.GetValue<string>();
    }

    private static object Notice(string reference, string[] children, string? incidentAt = null, object[]? adults = null) => new
    {
        policeReference = reference, incidentAt = incidentAt ?? Ago(TimeSpan.FromHours(30)), locationArea = "Devonport", children,
        adults = adults ?? [new { role = "VICTIM", personReference = "P-" + reference, name = "Example Adult", dateOfBirth = "1990-05-01" }],
    };

    private Task<string> FingerprintAsync() => _host.ScopedAsync(async sp =>
    {
        var db = sp.GetRequiredService<DomesticAbuseDbContext>();
        return string.Join("|", await db.Notices.CountAsync(), await db.NoticeChildren.CountAsync(), await db.Adults.CountAsync(), await db.EncompassNotifications.CountAsync(),
            await db.EncompassNotifications.CountAsync(n => n.AcknowledgedAt != null), await db.DashAssessments.CountAsync(), await db.MaracReferrals.CountAsync(),
            await db.MaracActions.CountAsync(), await db.RoutineEnquiries.CountAsync(), await db.HospitalAlerts.CountAsync(), await db.Outbox.CountAsync());
    });

    private Task<int> ReceivedAsync(string kind) =>
        _host.ScopedAsync(sp => sp.GetRequiredService<TestSubscriberDbContext>().Received.CountAsync(r => r.Kind == kind));

    [Fact]
    public async Task A_batch_of_1000_with_3_duplicates_and_2_invalid_stores_995_and_delivers_995_events_once_though_the_subscriber_fails_midway()
    {
        var children = new List<string>();
        for (var i = 0; i < 10; i++) children.Add(await RegisterChildAsync($"Example Child {i}"));
        var notices = new List<object>();
        for (var i = 0; i < 995; i++) notices.Add(Notice($"PPN-E2E-{i:0000}", [children[i % 10], children[(i + 3) % 10]]));
        notices.Insert(100, Notice("PPN-E2E-0007", [children[0]]));                                     // duplicate of an earlier notice in the batch
        notices.Insert(400, Notice("  ppn-e2e-0350 ", [children[1]]));                                  // duplicate: references compare trimmed, in upper case
        notices.Insert(600, Notice("", [children[2]]));                                                 // invalid: no reference
        notices.Insert(700, Notice("PPN-E2E-FUTURE", [children[3]], incidentAt: DateTimeOffset.UtcNow.AddDays(2).ToString("O"))); // invalid: in the future
        notices.Add(Notice("PPN-E2E-0994", [children[4]]));                                            // duplicate, last
        Assert.Equal(1000, notices.Count);

        var faults = _host.Services.GetRequiredService<DeliveryFaults>();
        faults.FailNext(1);
        var batch = (await Dana.SendAsync(RecordMany, new { n = notices })).AssertOk().Data!["recordProtectionNotices"]!;
        Assert.Equal(1000, batch["received"]!.GetValue<int>());
        Assert.Equal(995, batch["stored"]!.GetValue<int>());
        Assert.Equal(3, batch["duplicates"]!.GetValue<int>());
        Assert.Equal(2, batch["rejected"]!.GetValue<int>());
        var reported = batch["results"]!.AsArray().Select(r => (Index: r!["index"]!.GetValue<int>(), Outcome: r["outcome"]!.GetValue<string>(),
            Field: r["problems"]!.AsArray().Select(p => p!["field"]!.GetValue<string>()).FirstOrDefault())).ToList();
        Assert.Equal([(100, "DUPLICATE", null), (400, "DUPLICATE", null), (600, "REJECTED", "policeReference"), (700, "REJECTED", "incidentAt"), (999, "DUPLICATE", null)],
            reported.Select(r => (r.Index, r.Outcome, r.Field)).ToList());
        var duplicateOf7 = batch["results"]!.AsArray().First(r => r!["index"]!.GetValue<int>() == 100)!["noticeId"]!.GetValue<string>();

        var stored = await _host.ScopedAsync(sp => sp.GetRequiredService<DomesticAbuseDbContext>().Notices.CountAsync());
        Assert.Equal(995, stored);
        var seventh = await _host.ScopedAsync(sp => sp.GetRequiredService<DomesticAbuseDbContext>().Notices.SingleAsync(n => n.PoliceReference == "PPN-E2E-0007"));
        Assert.Equal(Guid.Parse(duplicateOf7), seventh.Id);

        await PartnershipHost.EventuallyAsync("all 995 ProtectionNoticeReceived events to reach the subscriber (deliveries)", () => ReceivedAsync(nameof(ProtectionNoticeReceived)), n => n >= 995);
        await Task.Delay(300); // nothing more should arrive
        var received = await _host.ScopedAsync(sp => sp.GetRequiredService<TestSubscriberDbContext>().Received
            .Where(r => r.Kind == nameof(ProtectionNoticeReceived)).Select(r => new { r.EventId, r.ActionId }).ToListAsync());
        Assert.Equal(995, received.Count);
        Assert.Equal(995, received.Select(r => r.EventId).Distinct().Count());
        Assert.Equal(995, received.Select(r => r.ActionId).Distinct().Count());
        Assert.True(faults.Attempts > 995, "The subscriber failed once midway, so some deliveries were tried again.");

        // Sent again, the whole batch is duplicates and nothing more is stored or published.
        var again = (await Dana.SendAsync(RecordMany, new { n = notices.Take(10).ToList() })).AssertOk().Data!["recordProtectionNotices"]!;
        Assert.Equal(10, again["duplicates"]!.GetValue<int>());
        Assert.Equal(995, await _host.ScopedAsync(sp => sp.GetRequiredService<DomesticAbuseDbContext>().Outbox.CountAsync(o => o.EventType.EndsWith(nameof(ProtectionNoticeReceived)))));
    }

    [Fact]
    public async Task Overlapping_batches_sent_at_once_store_each_notice_and_adult_once_and_all_succeed()
    {
        var children = new List<string>();
        for (var i = 0; i < 4; i++) children.Add(await RegisterChildAsync($"Example Child {i}"));
        (await Dana.SendAsync(Link, new { s = children[0], t = ExamplePrimary })).AssertOk();
        // Four senders, each with the same 200 notices in its own order, naming the same 20 adults not yet known: every
        // sender races the others for the same references and the same new adults.
        var notices = Enumerable.Range(0, 200).Select(i => Notice($"PPN-RACE-{i:000}", [children[i % 4]],
            adults: [new { role = "VICTIM", personReference = $"P-RACE-{i % 20}", name = "Example Adult", dateOfBirth = "1990-05-01" }])).ToList();
        var senders = Enumerable.Range(0, 4).Select(k => Task.Run(async () =>
        {
            var order = notices.Skip(k * 50).Concat(notices.Take(k * 50)).ToList();
            return (await _host.As("dana.domesticabuse").SendAsync(RecordMany, new { n = order })).AssertOk().Data!["recordProtectionNotices"]!;
        })).ToList();
        var answers = await Task.WhenAll(senders);

        Assert.Equal(200, answers.Sum(a => a["stored"]!.GetValue<int>()));
        Assert.Equal(600, answers.Sum(a => a["duplicates"]!.GetValue<int>()));
        Assert.All(answers, a => Assert.Equal(0, a["rejected"]!.GetValue<int>()));
        var (notices_, adults, links, notifications, events) = await _host.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<DomesticAbuseDbContext>();
            return (await db.Notices.CountAsync(n => n.PoliceReference.StartsWith("PPN-RACE-")), await db.Adults.CountAsync(a => a.PersonReference.StartsWith("P-RACE-")),
                await db.NoticeAdults.CountAsync(), await db.EncompassNotifications.CountAsync(),
                await db.Outbox.CountAsync(o => o.EventType.EndsWith(nameof(ProtectionNoticeReceived))));
        });
        Assert.Equal((200, 20, 200, 50, 200), (notices_, adults, links, notifications, events));
    }

    [Fact]
    public async Task The_same_notice_twice_is_stored_once_and_an_invalid_notice_writes_nothing()
    {
        var child = await RegisterChildAsync();
        var first = (await Dana.SendAsync(RecordOne, new { i = Notice("PPN-ONE-1", [child]) })).AssertOk().Data!["recordProtectionNotice"]!;
        Assert.Equal("STORED", first["outcome"]!.GetValue<string>());
        var second = (await Dana.SendAsync(RecordOne, new { i = Notice("PPN-ONE-1", [child]) })).AssertOk().Data!["recordProtectionNotice"]!;
        Assert.Equal("DUPLICATE", second["outcome"]!.GetValue<string>());
        Assert.Equal(first["noticeId"]!.GetValue<string>(), second["noticeId"]!.GetValue<string>());

        await _host.AssertRejectedAsync(FingerprintAsync, "dana.domesticabuse", RecordOne, new { i = Notice("PPN-ONE-2", [Guid.NewGuid().ToString()]) }, "VALIDATION", "children[0]");
        await _host.AssertRejectedAsync(FingerprintAsync, "dana.domesticabuse", RecordOne, new { i = Notice("PPN-ONE-3", []) }, "VALIDATION", "children");
        await _host.AssertRejectedAsync(FingerprintAsync, "dana.domesticabuse", RecordOne,
            new { i = Notice("PPN-ONE-4", [child], adults: [new { role = "VICTIM", personReference = "" }]) }, "VALIDATION", "adults[0].personReference");
        await _host.AssertRejectedAsync(FingerprintAsync, "dana.domesticabuse", RecordMany, new { n = Array.Empty<object>() }, "VALIDATION", "notices");
        await _host.AssertRejectedAsync(FingerprintAsync, "nina.neglect", RecordOne, new { i = Notice("PPN-ONE-5", [child]) }, "FORBIDDEN");

        var view = (await Dana.SendAsync("query($id: ID!) { protectionNotice(id: $id) { policeReference childCount children adults { role personReference person { identity(purpose: \"Checking the notice\") { name dateOfBirth } } } } }",
            new { id = first["noticeId"]!.GetValue<string>() })).AssertOk().Data!["protectionNotice"]!;
        Assert.Equal(child, view["children"]![0]!.GetValue<string>());
        var adult = view["adults"]![0]!["person"]!["identity"]!;
        Assert.Equal(("Example Adult", "1990-05-01"), (adult["name"]!.GetValue<string>(), adult["dateOfBirth"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_key_adult_sees_and_acknowledges_only_their_settings_notifications_and_the_scrutineer_sees_counts_only()
    {
        Assert.Equal(ExamplePrimary, DemoUsers.Find("kim.keyadult")!.Claims![KeyAdults.SettingClaim]);
        var atPrimary = await RegisterChildAsync("Primary Child");
        var atSecondary = await RegisterChildAsync("Secondary Child");
        var atNursery = await RegisterChildAsync("Nursery Child");
        (await Dana.SendAsync(Link, new { s = atPrimary, t = ExamplePrimary })).AssertOk();
        (await Dana.SendAsync(Link, new { s = atSecondary, t = ExampleSecondary })).AssertOk();
        (await Dana.SendAsync(Link, new { s = atNursery, t = ExampleNursery })).AssertOk();

        // One recent incident (deadline ahead) and one four days ago (deadline passed) for the children at schools.
        var recent = (await Dana.SendAsync(RecordOne, new { i = Notice("PPN-ENC-1", [atPrimary, atSecondary, atNursery], incidentAt: Ago(TimeSpan.FromMinutes(1))) })).AssertOk();
        Assert.Equal(2, recent.Data!["recordProtectionNotice"]!["encompassNotifications"]!.GetValue<int>()); // the nursery is not subscribed
        (await Dana.SendAsync(RecordOne, new { i = Notice("PPN-ENC-2", [atPrimary, atSecondary], incidentAt: Ago(TimeSpan.FromDays(4))) })).AssertOk();

        const string List = "query($s: ID) { encompassNotifications(settingId: $s) { nodes { id settingId subjectId deadlineAt status } } }";
        var kim = _host.As("kim.keyadult");
        var mine = (await kim.SendAsync(List, new { s = (string?)null })).AssertOk().Data!["encompassNotifications"]!["nodes"]!.AsArray();
        Assert.Equal(2, mine.Count);
        Assert.All(mine, n => Assert.Equal(ExamplePrimary, n!["settingId"]!.GetValue<string>()));
        (await kim.SendAsync(List, new { s = ExampleSecondary })).AssertError("FORBIDDEN");
        Assert.Equal(4, (await Dana.SendAsync(List, new { s = (string?)null })).AssertOk().Data!["encompassNotifications"]!["nodes"]!.AsArray().Count);
        (await _host.As("nina.neglect").SendAsync(List, new { s = (string?)null })).AssertError("FORBIDDEN");
        (await _host.As("sam.scrutineer").SendAsync(List, new { s = (string?)null })).AssertError("FORBIDDEN");
        (await _host.As("sam.scrutineer").SendAsync("{ protectionNotices { nodes { id } } }")).AssertError("FORBIDDEN");
        (await kim.SendAsync("{ protectionNotices { nodes { id } } }")).AssertError("FORBIDDEN");

        // Kim acknowledges the recent one for her school; the secondary school's is not hers to acknowledge.
        const string Ack = "mutation($id: ID!) { acknowledgeEncompassNotification(notificationId: $id) { id status acknowledgedAt deadlineAt } }";
        var all = (await Dana.SendAsync(List, new { s = (string?)null })).AssertOk().Data!["encompassNotifications"]!["nodes"]!.AsArray();
        var recentPrimary = all.First(n => n!["settingId"]!.GetValue<string>() == ExamplePrimary && n["status"]!.GetValue<string>() == "OUTSTANDING")!;
        var secondary = all.First(n => n!["settingId"]!.GetValue<string>() == ExampleSecondary)!["id"]!.GetValue<string>();
        await _host.AssertRejectedAsync(FingerprintAsync, "kim.keyadult", Ack, new { id = secondary }, "NOT_FOUND");
        await _host.AssertRejectedAsync(FingerprintAsync, "dana.domesticabuse", Ack, new { id = secondary }, "FORBIDDEN");
        var acked = (await kim.SendAsync(Ack, new { id = recentPrimary["id"]!.GetValue<string>() })).AssertOk().Data!["acknowledgeEncompassNotification"]!;
        Assert.Equal("ACKNOWLEDGED_ON_TIME", acked["status"]!.GetValue<string>());
        await _host.AssertRejectedAsync(FingerprintAsync, "kim.keyadult", Ack, new { id = recentPrimary["id"]!.GetValue<string>() }, "CONFLICT");

        // The two from four days ago are overdue: a query, and one event each from the sweep.
        var overdue = (await kim.SendAsync("{ overdueEncompassNotifications { nodes { id status } } }")).AssertOk().Data!["overdueEncompassNotifications"]!["nodes"]!.AsArray();
        Assert.Single(overdue);
        Assert.Equal("OVERDUE", overdue[0]!["status"]!.GetValue<string>());
        var sweep = _host.Services.GetRequiredService<LateEncompassSweep>();
        await sweep.SweepAsync(CancellationToken.None); // the hosted sweep may already have run: either way, each once
        Assert.Equal(0, await sweep.SweepAsync(CancellationToken.None));
        await PartnershipHost.EventuallyAsync("two EncompassNotificationBecameLate events at the subscriber (deliveries)", () => ReceivedAsync(nameof(EncompassNotificationBecameLate)), n => n == 2);
        await PartnershipHost.EventuallyAsync("one EncompassNotificationAcknowledged at the subscriber (deliveries)", () => ReceivedAsync(nameof(EncompassNotificationAcknowledged)), n => n == 1);

        // Counts only: the working group reads them exactly; the scrutineer reads them with these small numbers withheld.
        const string Summary = "{ encompassSummary { sent acknowledgedOnTime acknowledgedLate outstanding overdue suppressed bySetting { settingName sent } } }";
        var summary = (await Dana.SendAsync(Summary)).AssertOk().Data!["encompassSummary"]!;
        Assert.Equal(4, summary["sent"]!.GetValue<int>());
        Assert.Equal(1, summary["acknowledgedOnTime"]!.GetValue<int>());
        Assert.Equal(2, summary["overdue"]!.GetValue<int>());
        Assert.Equal(1, summary["outstanding"]!.GetValue<int>());
        var counted = (await _host.As("sam.scrutineer").SendAsync(Summary)).AssertOk().Data!["encompassSummary"]!;
        Assert.Equal(["sent", "acknowledgedOnTime", "outstanding", "overdue"], counted["suppressed"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Null(counted["sent"]);
        Assert.Equal(0, counted["acknowledgedLate"]!.GetValue<int>());
        const string Gaps = "{ encompassGaps { unsubscribedSettings { settingName phase childrenInNotices suppressed } childrenWithNoKnownSetting } }";
        var gap = (await Dana.SendAsync(Gaps)).AssertOk().Data!["encompassGaps"]!["unsubscribedSettings"]!.AsArray().Single()!;
        Assert.Equal("Example Nursery (demo)", gap["settingName"]!.GetValue<string>());
        Assert.Equal(1, gap["childrenInNotices"]!.GetValue<int>());
        var seenGap = (await _host.As("sam.scrutineer").SendAsync(Gaps)).AssertOk().Data!["encompassGaps"]!["unsubscribedSettings"]!.AsArray().Single()!;
        Assert.Null(seenGap["childrenInNotices"]);
        Assert.Equal(["childrenInNotices"], seenGap["suppressed"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public async Task High_risk_by_score_judgement_or_escalation_makes_a_MARAC_referral_with_actions_per_agency()
    {
        string[] Answers(int yes) => [.. Enumerable.Repeat("YES", yes), .. Enumerable.Repeat("NO", 24 - yes)];
        var standard = (await Dana.SendAsync(Dash, new { i = new { answers = Answers(13) } })).AssertOk().Data!["completeDashAssessment"]!;
        Assert.Equal("STANDARD", standard["riskLevel"]!.GetValue<string>());
        Assert.Null(standard["maracReferral"]);

        await _host.AssertRejectedAsync(FingerprintAsync, "dana.domesticabuse", Dash, new { i = new { answers = Answers(14) } }, "VALIDATION", "maracMeetingOn");
        await _host.AssertRejectedAsync(FingerprintAsync, "dana.domesticabuse", Dash, new { i = new { answers = Answers(2), professionalJudgement = true } }, "VALIDATION", "judgementReason");
        await _host.AssertRejectedAsync(FingerprintAsync, "dana.domesticabuse", Dash, new { i = new { answers = Answers(2).Take(23).ToArray() } }, "VALIDATION", "answers");
        await _host.AssertRejectedAsync(FingerprintAsync, "dana.domesticabuse", Dash, new { i = new { answers = Answers(2), victimPersonReference = "P-NOBODY" } }, "NOT_FOUND");

        var high = (await Dana.SendAsync(Dash, new { i = new { answers = Answers(14), maracMeetingOn = Today(7) } })).AssertOk().Data!["completeDashAssessment"]!;
        Assert.Equal("HIGH", high["riskLevel"]!.GetValue<string>());
        Assert.Equal("SCORE", high["highRiskBasis"]!.GetValue<string>());
        var referral = high["maracReferral"]!["id"]!.GetValue<string>();
        const string AddAction = "mutation($i: AddMaracActionInput!) { addMaracAction(input: $i) { actions { id agency action } } }";
        (await Dana.SendAsync(AddAction, new { i = new { referralId = referral, agency = "Devon and Cornwall Police", action = "Flag the address for a priority response", dueOn = Today(8) } })).AssertOk();
        // An action's agency must be one of the partnership's; named in any letter case, it is stored as the partnership spells it.
        (await Dana.SendAsync(AddAction, new { i = new { referralId = referral, agency = "The Hospital", action = "Place an alert on the children's records", dueOn = Today(10) } }))
            .AssertError("VALIDATION");
        var actions = (await Dana.SendAsync(AddAction, new { i = new { referralId = referral, agency = "university hospitals plymouth nhs trust", action = "Place an alert on the children's records", dueOn = Today(10) } }))
            .AssertOk().Data!["addMaracAction"]!["actions"]!.AsArray();
        Assert.Equal(["Devon and Cornwall Police", "University Hospitals Plymouth NHS Trust"], actions.Select(a => a!["agency"]!.GetValue<string>()).ToArray());
        (await Dana.SendAsync("mutation($id: ID!) { completeMaracAction(actionId: $id) { completedOn } }", new { id = actions[0]!["id"]!.GetValue<string>() })).AssertOk();

        // Escalation: three notices involving the same victim within 12 months.
        var child = await RegisterChildAsync();
        var victim = new[] { new { role = "VICTIM", personReference = "P-REPEAT", name = "Example Adult", dateOfBirth = "1990-05-01" } };
        for (var i = 0; i < 3; i++)
            (await Dana.SendAsync(RecordOne, new { i = Notice($"PPN-REPEAT-{i}", [child], incidentAt: Ago(TimeSpan.FromDays(30 * i + 2)), adults: victim) })).AssertOk();
        var escalated = (await Dana.SendAsync(Dash, new { i = new { answers = Answers(4), victimPersonReference = "p-repeat", maracMeetingOn = Today(7) } })).AssertOk().Data!["completeDashAssessment"]!;
        Assert.Equal(3, escalated["incidentsInLastYear"]!.GetValue<int>());
        Assert.Equal("ESCALATION", escalated["highRiskBasis"]!.GetValue<string>());
        var judged = (await Dana.SendAsync(Dash, new { i = new { answers = Answers(1), professionalJudgement = true, judgementReason = "Recent separation and escalating threats", maracMeetingOn = Today(7) } }))
            .AssertOk().Data!["completeDashAssessment"]!;
        Assert.Equal("JUDGEMENT", judged["maracReferral"]!["basis"]!.GetValue<string>());

        await PartnershipHost.EventuallyAsync("three MaracReferralMade events at the subscriber (deliveries)", () => ReceivedAsync(nameof(MaracReferralMade)), n => n == 3);
        const string Summary = "{ dashSummary { completed high highByScore highByJudgement highByEscalation maracReferrals maracActionsOpen suppressed } }";
        var summary = (await Dana.SendAsync(Summary)).AssertOk().Data!["dashSummary"]!;
        Assert.Equal(4, summary["completed"]!.GetValue<int>());
        Assert.Equal(3, summary["high"]!.GetValue<int>());
        Assert.Equal(1, summary["maracActionsOpen"]!.GetValue<int>());
        // The scrutineer: four victims assessed, three at high risk, are small numbers; an open action is not a person.
        var counted = (await _host.As("sam.scrutineer").SendAsync(Summary)).AssertOk().Data!["dashSummary"]!;
        Assert.Null(counted["completed"]);
        Assert.Null(counted["high"]);
        Assert.Equal(1, counted["maracActionsOpen"]!.GetValue<int>());
        (await _host.As("sam.scrutineer").SendAsync("{ maracReferrals { nodes { id } } }")).AssertError("FORBIDDEN");
    }

    [Fact]
    public async Task A_hospital_alert_shows_in_the_childs_view_for_the_working_group_only_and_routine_enquiries_are_counted_by_agency()
    {
        var child = await RegisterChildAsync();
        (await Dana.SendAsync("mutation($s: ID!) { raiseHospitalAlert(subjectId: $s) { reason } }", new { s = child })).AssertOk();
        await _host.AssertRejectedAsync(FingerprintAsync, "dana.domesticabuse", "mutation($s: ID!) { raiseHospitalAlert(subjectId: $s) { reason } }", new { s = child }, "CONFLICT");
        const string View = "query($id: ID!) { subject(id: $id) { id domesticAbuse { hospitalAlert { reason raisedOn } notices { id } } } }";
        var view = (await Dana.SendAsync(View, new { id = child })).AssertOk().Data!["subject"]!["domesticAbuse"]!;
        Assert.Equal("Risk of domestic abuse", view["hospitalAlert"]!["reason"]!.GetValue<string>());
        // A practitioner with no business with the child, or a school's key adult, is not told the child is held.
        (await _host.As("nina.neglect").SendAsync(View, new { id = child })).AssertError("NOT_FOUND");
        (await _host.As("kim.keyadult").SendAsync(View, new { id = child })).AssertError("NOT_FOUND");

        const string Enquiry = "mutation($i: RoutineEnquiryInput!) { recordRoutineEnquiry(input: $i) { agency } }";
        (await _host.As("nina.neglect").SendAsync(Enquiry, new { i = new { asked = true, disclosed = true, supportOffered = true } })).AssertOk();
        (await _host.As("kim.keyadult").SendAsync(Enquiry, new { i = new { asked = true, disclosed = false, supportOffered = false } })).AssertError("FORBIDDEN");
        (await Dana.SendAsync(Enquiry, new { i = new { asked = true, disclosed = false, supportOffered = false } })).AssertOk();
        await _host.AssertRejectedAsync(FingerprintAsync, "dana.domesticabuse", Enquiry, new { i = new { asked = false, disclosed = true, supportOffered = false } }, "VALIDATION", "disclosed");
        const string ByAgency = "{ routineEnquiriesByAgency { agency recorded asked disclosed supportOffered suppressed } }";
        var counts = (await Dana.SendAsync(ByAgency)).AssertOk().Data!["routineEnquiriesByAgency"]!.AsArray();
        Assert.Equal(["First Light", "Livewell Southwest"], counts.Select(c => c!["agency"]!.GetValue<string>()).ToArray());
        Assert.Equal(1, counts[1]!["disclosed"]!.GetValue<int>());
        // The scrutineer sees which agencies enquire, not that one person disclosed.
        var seen = (await _host.As("sam.scrutineer").SendAsync(ByAgency)).AssertOk().Data!["routineEnquiriesByAgency"]!.AsArray();
        Assert.Null(seen[1]!["disclosed"]);
        Assert.Contains("disclosed", seen[1]!["suppressed"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public async Task The_published_figures_reproduce_the_27_percent_rise_and_the_module_can_be_switched_off()
    {
        var years = (await _host.As("sam.scrutineer").SendAsync("{ childrenInNoticesByYear { year children source previousYearChildren changePercent } }"))
            .AssertOk().Data!["childrenInNoticesByYear"]!.AsArray();
        var published = years.Where(y => y!["source"]!.GetValue<string>() == "PUBLISHED").ToList();
        Assert.Equal(["2022/23", "2023/24"], published.Select(y => y!["year"]!.GetValue<string>()).ToArray());
        Assert.Equal(8155, published[0]!["children"]!.GetValue<int>());
        Assert.Equal(10366, published[1]!["children"]!.GetValue<int>());
        Assert.Equal(27.1m, published[1]!["changePercent"]!.GetValue<decimal>());

        var child = await RegisterChildAsync();
        (await Dana.SendAsync(RecordOne, new { i = Notice("PPN-TREND-1", [child], incidentAt: Ago(TimeSpan.FromDays(2))) })).AssertOk();
        const string ByQuarter = "{ childrenInNoticesByQuarter { year quarter children suppressed } }";
        var quarters = (await Dana.SendAsync(ByQuarter)).AssertOk().Data!["childrenInNoticesByQuarter"]!.AsArray();
        Assert.Equal(1, quarters.Sum(q => q!["children"]!.GetValue<int>()));
        var seen = (await _host.As("sam.scrutineer").SendAsync(ByQuarter)).AssertOk().Data!["childrenInNoticesByQuarter"]!.AsArray().Single()!;
        Assert.Null(seen["children"]); // one child: withheld outside the working group
        Assert.Equal(["children"], seen["suppressed"]!.AsArray().Select(s => s!.GetValue<string>()));

        (await _host.As("alex.admin").SendAsync("mutation { setModuleEnabled(name: \"DomesticAbuse\", enabled: false, reason: \"Switched off by the test\") { enabled } }")).AssertOk();
        (await _host.As("sam.scrutineer").SendAsync("{ childrenInNoticesByYear { year } }")).AssertError("MODULE_DISABLED");
        (await Dana.SendAsync(RecordOne, new { i = Notice("PPN-OFF-1", [child]) })).AssertError("MODULE_DISABLED");
        (await _host.As("alex.admin").SendAsync("mutation { setModuleEnabled(name: \"DomesticAbuse\", enabled: true) { enabled } }")).AssertOk();
    }
}
