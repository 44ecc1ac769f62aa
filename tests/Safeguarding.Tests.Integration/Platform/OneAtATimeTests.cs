using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.DomesticAbuse.Contracts;
using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.Governance.Contracts;
using Safeguarding.Governance.Persistence;
using Safeguarding.Adolescents.Persistence;
using Safeguarding.Neglect.Contracts;
using Safeguarding.Neglect.Persistence;
using Safeguarding.SharedKernel.Persistence;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>
/// Every "at most one X per Y" rule holds when eight identical requests arrive at once: one succeeds, the other seven
/// are answered CONFLICT with a practitioner's message, and nothing of theirs is stored or published. The database holds
/// each rule (a unique or partial unique index, or the row version every table carries), so the suite runs the same on
/// SQLite and PostgreSQL.
/// </summary>
public sealed class OneAtATimeTests : IClassFixture<OneAtATimeTests.Host>
{
    public sealed class Host : IDisposable
    {
        public PartnershipHost Partnership { get; } = new();
        public void Dispose() => Partnership.Dispose();
    }

    private const int Requests = 8;
    private readonly PartnershipHost _host;
    public OneAtATimeTests(Host host) => _host = host.Partnership;

    private static string Ago(TimeSpan span) => DateTimeOffset.UtcNow.Subtract(span).ToString("O");
    private static string Day(int fromToday) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(fromToday).ToString("yyyy-MM-dd");

    /// <summary>Sends <see cref="Requests"/> requests released together, and checks one succeeded and every other was CONFLICT.</summary>
    private static async Task<JsonNode> OneWinsAsync(Func<int, Task<GraphQLResponse>> send)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = Enumerable.Range(0, Requests).Select(async i => { await start.Task; return await send(i); }).ToList();
        start.SetResult();
        var answers = await Task.WhenAll(requests);
        var won = answers.Where(a => a.Status == 200 && a.Errors is null).ToList();
        var lost = answers.Where(a => a.Errors is not null).ToList();
        var summary = string.Join("\n", answers.Select(a => a.Body?.ToJsonString()));
        Assert.True(won.Count == 1, $"Exactly one of {Requests} should succeed; {won.Count} did:\n{summary}");
        Assert.True(lost.Count == Requests - 1 && lost.All(a => a.FirstCode == "CONFLICT"), $"The others should each be CONFLICT:\n{summary}");
        Assert.All(lost, a => Assert.DoesNotContain("went wrong on our side", a.FirstMessage));
        return won[0].Data!;
    }

    private Task<int> CountAsync<TContext>(Func<TContext, Task<int>> count) where TContext : notnull =>
        _host.ScopedAsync(sp => count(sp.GetRequiredService<TContext>()));

    private static Task<int> EventsAsync(ModuleDbContext db, Type eventType, string mentioning) =>
        db.Outbox.CountAsync(m => m.EventType == eventType.FullName && m.Payload.Contains(mentioning));

    private async Task<string> RegisterAsync(string user, string module, string name)
    {
        var answer = (await _host.As(user).SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module, name, dateOfBirth = "2012-05-06" } })).AssertOk();
        return answer.Data!["registerSubject"]!["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task Eight_requests_for_a_childs_protection_plan_store_one_plan_and_one_event()
    {
        var child = await RegisterAsync("nina.neglect", "Neglect", "Race Child Plan");
        var nina = _host.As("nina.neglect");
        await OneWinsAsync(i => nina.SendAsync("mutation($i: RecordChildProtectionPlanInput!) { recordChildProtectionPlan(input: $i) { id } }",
            new { i = new { subjectId = child, category = i % 2 == 0 ? "NEGLECT" : "EMOTIONAL", startedOn = Day(-3) } }));
        var id = Guid.Parse(child);
        Assert.Equal(1, await CountAsync<NeglectDbContext>(db => db.ChildProtectionPlans.CountAsync(p => p.SubjectId == id)));
        Assert.Equal(1, await CountAsync<NeglectDbContext>(db => EventsAsync(db, typeof(ChildProtectionPlanStarted), child)));
    }

    [Fact]
    public async Task Eight_requests_ending_one_plan_end_it_once()
    {
        var child = await RegisterAsync("nina.neglect", "Neglect", "Race Child Plan End");
        var nina = _host.As("nina.neglect");
        var plan = (await nina.SendAsync("mutation($i: RecordChildProtectionPlanInput!) { recordChildProtectionPlan(input: $i) { id } }",
            new { i = new { subjectId = child, category = "NEGLECT", startedOn = Day(-30) } })).AssertOk().Data!["recordChildProtectionPlan"]!["id"]!.GetValue<string>();
        await OneWinsAsync(i => nina.SendAsync("mutation($id: ID!, $on: DateOnly!) { endChildProtectionPlan(planId: $id, endedOn: $on) { id } }",
            new { id = plan, on = Day(-i) }));
        Assert.Equal(1, await CountAsync<NeglectDbContext>(db => EventsAsync(db, typeof(ChildProtectionPlanEnded), plan)));
    }

    [Fact]
    public async Task Eight_requests_for_a_young_person_going_missing_open_one_episode()
    {
        var young = await RegisterAsync("adam.adolescents", "Adolescents", "Race Young Person");
        var adam = _host.As("adam.adolescents");
        await OneWinsAsync(i => adam.SendAsync("mutation($i: RecordMissingEpisodeInput!) { recordMissingEpisode(input: $i) { id } }",
            new { i = new { subjectId = young, wentMissingAt = Ago(TimeSpan.FromHours(5 + i)), adultOfConcernIds = Array.Empty<string>(), locationIds = Array.Empty<string>() } }));
        var id = Guid.Parse(young);
        Assert.Equal(1, await CountAsync<AdolescentsDbContext>(db => db.MissingEpisodes.CountAsync(e => e.SubjectId == id && e.ReturnedAt == null)));
    }

    [Fact]
    public async Task Eight_acknowledgements_of_one_Operation_Encompass_notification_record_one_and_publish_one_event()
    {
        var dana = _host.As("dana.domesticabuse");
        var child = await RegisterAsync("dana.domesticabuse", "DomesticAbuse", "Race Child Encompass");
        var school = DomesticAbuseDemoIds.ExamplePrimarySchool.ToString();
        (await dana.SendAsync("mutation($s: ID!, $t: ID!) { linkChildToSetting(subjectId: $s, settingId: $t) { id } }", new { s = child, t = school })).AssertOk();
        (await dana.SendAsync("mutation($i: ProtectionNoticeInput!) { recordProtectionNotice(input: $i) { outcome } }", new
        {
            i = new
            {
                policeReference = "PPN-RACE-ACK", incidentAt = Ago(TimeSpan.FromMinutes(10)), locationArea = "Stonehouse", children = new[] { child },
                adults = new[] { new { role = "VICTIM", personReference = "P-RACE-ACK", name = "Example Adult", dateOfBirth = "1990-05-01" } },
            },
        })).AssertOk();
        var kim = _host.As("kim.keyadult");
        var notification = (await kim.SendAsync("{ encompassNotifications { nodes { id subjectId status } } }")).AssertOk().Data!["encompassNotifications"]!["nodes"]!.AsArray()
            .Single(n => n!["subjectId"]!.GetValue<string>() == child)!["id"]!.GetValue<string>();
        await OneWinsAsync(_ => kim.SendAsync("mutation($id: ID!) { acknowledgeEncompassNotification(notificationId: $id) { id } }", new { id = notification }));
        Assert.Equal(1, await CountAsync<DomesticAbuseDbContext>(db => EventsAsync(db, typeof(EncompassNotificationAcknowledged), notification)));
    }

    [Fact]
    public async Task Eight_requests_raising_a_childs_hospital_alert_raise_one()
    {
        var child = await RegisterAsync("dana.domesticabuse", "DomesticAbuse", "Race Child Alert");
        var dana = _host.As("dana.domesticabuse");
        await OneWinsAsync(_ => dana.SendAsync("mutation($s: ID!) { raiseHospitalAlert(subjectId: $s) { reason } }", new { s = child }));
        var id = Guid.Parse(child);
        Assert.Equal(1, await CountAsync<DomesticAbuseDbContext>(db => db.HospitalAlerts.CountAsync(a => a.SubjectId == id)));
    }

    [Fact]
    public async Task Eight_settings_whose_names_differ_only_in_letter_case_and_spaces_store_one()
    {
        var admin = _host.As("alex.admin");
        string[] spellings = ["Race Academy", "race academy", "RACE ACADEMY", " Race  Academy ", "Race academy", "race Academy", "RACE academy", "Race Academy  "];
        await OneWinsAsync(i => admin.SendAsync("mutation($i: EducationSettingInput!) { recordEducationSetting(input: $i) { id } }",
            new { i = new { name = spellings[i], phase = "PRIMARY", subscribedToEncompass = true, keyAdult = "Designated safeguarding lead" } }));
        Assert.Equal(1, await CountAsync<DomesticAbuseDbContext>(db => db.Settings.CountAsync(s => s.NameKey == "RACE ACADEMY")));
    }

    [Fact]
    public async Task Eight_partners_whose_names_differ_only_in_letter_case_and_spaces_store_one_and_publish_one_event()
    {
        var admin = _host.As("alex.admin");
        string[] spellings = ["Race Sports Trust", "race sports trust", "RACE SPORTS TRUST", " Race Sports  Trust", "Race sports trust", "race Sports Trust", "RACE sports TRUST", "Race Sports Trust "];
        await OneWinsAsync(i => admin.SendAsync("mutation($i: AddPartnerInput!) { addPartner(input: $i) { id } }",
            new { i = new { name = spellings[i], kind = "RELEVANT_AGENCY", sector = "Voluntary sector" } }));
        Assert.Equal(1, await CountAsync<GovernanceDbContext>(db => db.Partners.CountAsync(p => p.NameKey == "RACE SPORTS TRUST")));
        Assert.Equal(1, await CountAsync<GovernanceDbContext>(db => db.Outbox.CountAsync(m => m.EventType == typeof(PartnerRegistered).FullName && m.Payload.ToUpper().Contains("RACE SPORTS"))));
    }

    [Fact]
    public async Task Eight_Young_Safeguarders_reviews_of_one_quarter_record_one()
    {
        var gina = _host.As("gina.governance");
        await OneWinsAsync(i => gina.SendAsync("mutation($i: RecordYoungSafeguardersReviewInput!) { recordYoungSafeguardersReview(input: $i) { id } }",
            new { i = new { quarter = "2021/22 Q2", reviewedOn = "2021-10-12", summary = $"Reviewed the scorecard ({i}).", recommendations = new[] { "Show more" } } }));
        Assert.Equal(1, await CountAsync<GovernanceDbContext>(db => db.ScorecardReviews.CountAsync(r => r.Quarter == "2021/22 Q2")));
    }

    [Fact]
    public async Task Eight_decisions_of_one_Rapid_Review_decide_it_once_and_publish_one_event()
    {
        var gina = _host.As("gina.governance");
        var review = (await gina.SendAsync("mutation($i: OpenRapidReviewInput!) { openRapidReview(input: $i) { id } }",
            new { i = new { reference = "RR-RACE-" + Guid.NewGuid().ToString("N")[..6], notifiedOn = Day(-5) } })).AssertOk().Data!["openRapidReview"]!["id"]!.GetValue<string>();
        var statutory = (await gina.SendAsync("{ partners(statutoryOnly: true) { id } }")).AssertOk().Data!["partners"]!.AsArray().Select(p => p!["id"]!.GetValue<string>());
        foreach (var partner in statutory)
            (await gina.SendAsync("mutation($i: RecordReviewAgreementInput!) { recordReviewAgreement(input: $i) { id } }",
                new { i = new { reviewId = review, partnerId = partner, outcome = "NO_CSPR" } })).AssertOk();
        await OneWinsAsync(_ => gina.SendAsync("mutation($i: DecideRapidReviewInput!) { decideRapidReview(input: $i) { id } }",
            new { i = new { reviewId = review, outcome = "NO_CSPR" } }));
        Assert.Equal(1, await CountAsync<GovernanceDbContext>(db => EventsAsync(db, typeof(LearningReviewDecided), review)));
    }

    [Fact]
    public async Task Eight_completions_of_one_action_complete_it_once_and_publish_one_event()
    {
        var admin = _host.As("alex.admin");
        var body = (await admin.SendAsync("{ partnershipBodies { id } }")).AssertOk().Data!["partnershipBodies"]!.AsArray()[0]!["id"]!.GetValue<string>();
        var owner = (await admin.SendAsync("{ partners { id } }")).AssertOk().Data!["partners"]!.AsArray()[0]!["id"]!.GetValue<string>();
        var gina = _host.As("gina.governance");
        var action = (await gina.SendAsync("mutation($i: CreateActionInput!) { createAction(input: $i) { id } }",
            new { i = new { bodyId = body, ownerPartnerId = owner, title = "Race to complete", dueDate = Day(30) } })).AssertOk().Data!["createAction"]!["id"]!.GetValue<string>();
        await OneWinsAsync(i => gina.SendAsync("mutation($i: CompleteActionInput!) { completeAction(input: $i) { id } }",
            new { i = new { actionId = action, evidence = $"Evidence {i}" } }));
        Assert.Equal(1, await CountAsync<GovernanceDbContext>(db => EventsAsync(db, typeof(PartnershipActionCompleted), action)));
    }

    [Fact]
    public async Task Eight_counts_of_one_years_dental_extractions_store_one()
    {
        var nina = _host.As("nina.neglect");
        await OneWinsAsync(i => nina.SendAsync("mutation($y: FinancialYear!, $n: Int!) { recordDentalExtractions(year: $y, children: $n) { year } }",
            new { y = "2019/20", n = 200 + i }));
        Assert.Equal(1, await CountAsync<NeglectDbContext>(db => db.DentalExtractions.CountAsync(d => d.Year == "2019/20")));
    }
}
