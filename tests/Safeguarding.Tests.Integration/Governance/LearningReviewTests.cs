using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.Subjects;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Governance;

/// <summary>Rapid Reviews: deadlines in working days, the statutory partners' unanimity, action plans, and who may read what.</summary>
public sealed class LearningReviewTests : IClassFixture<LearningReviewTests.Host>
{
    public sealed class Host : IDisposable
    {
        public PartnershipHost Partnership { get; } = new();
        public void Dispose() => Partnership.Dispose();
    }

    private readonly PartnershipHost _host;
    public LearningReviewTests(Host host) => _host = host.Partnership;

    private const string Open = "mutation($i: OpenRapidReviewInput!) { openRapidReview(input: $i) { id reference notifiedOn deadlineOn subjectId outcome } }";
    private const string Agree = "mutation($i: RecordReviewAgreementInput!) { recordReviewAgreement(input: $i) { id agreements { outcome partner { name } } } }";
    private const string Decide = "mutation($i: DecideRapidReviewInput!) { decideRapidReview(input: $i) { id outcome decidedOn } }";
    private const string AddAction = "mutation($i: AddReviewActionInput!) { addReviewAction(input: $i) { id title status dueDate ownerBody { name } } }";
    private const string CompleteAction = "mutation($i: CompleteReviewActionInput!) { completeReviewAction(input: $i) { id status } }";
    private const string AddFinding = "mutation($i: AddReviewFindingInput!) { addReviewFinding(input: $i) { id theme text } }";

    private static string NewReference() => "RR " + Guid.NewGuid().ToString("N")[..8];

    private Task<string> FingerprintAsync() => _host.ScopedAsync(async sp =>
    {
        var db = sp.GetRequiredService<GovernanceDbContext>();
        var agreements = await db.ReviewAgreements.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id + ":" + a.Outcome).ToListAsync();
        var reviews = await db.Reviews.AsNoTracking().OrderBy(r => r.Id).Select(r => r.Id + ":" + r.Outcome + ":" + r.DecidedOn).ToListAsync();
        var actions = await db.ReviewActions.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id + ":" + a.Status).ToListAsync();
        return string.Join("|", await db.Partners.CountAsync(), await db.Bodies.CountAsync(), await db.Actions.CountAsync(),
            await db.ReviewFindings.CountAsync(), await db.Outbox.CountAsync(m => !m.EventType.EndsWith("BecameOverdue")) /* sweeps announce in the background */,
            string.Join(",", reviews), string.Join(",", agreements), string.Join(",", actions));
    });

    private Task AssertRejectedAsync(string user, string mutation, object variables, string code, string? problemField = null) =>
        _host.AssertRejectedAsync(FingerprintAsync, user, mutation, variables, code, problemField);

    private async Task<List<(string Id, string Name, bool Statutory)>> PartnersAsync() =>
        (await _host.As("alex.admin").SendAsync("{ partners { id name isStatutory } }")).AssertOk().Data!["partners"]!.AsArray()
            .Select(p => (p!["id"]!.GetValue<string>(), p["name"]!.GetValue<string>(), p["isStatutory"]!.GetValue<bool>())).ToList();

    private async Task<string> BodyAsync(string name) =>
        (await _host.As("alex.admin").SendAsync("{ partnershipBodies { id name } }")).AssertOk().Data!["partnershipBodies"]!.AsArray()
            .First(b => b!["name"]!.GetValue<string>() == name)!["id"]!.GetValue<string>();

    private async Task<string> OpenAsync(string notifiedOn, string? subjectId = null) =>
        (await _host.As("gina.governance").SendAsync(Open, new { i = new { reference = NewReference(), notifiedOn, subjectId } }))
            .AssertOk().Data!["openRapidReview"]!["id"]!.GetValue<string>();

    [Fact]
    public async Task A_notification_on_Friday_20_December_2024_is_due_on_Wednesday_15_January_2025()
    {
        // Mon 23, Tue 24, Fri 27, Mon 30, Tue 31 Dec (5); Thu 2, Fri 3, Mon 6 ... Fri 10 Jan (12); Mon 13, Tue 14, Wed 15 (15).
        // Skipped: weekends, Christmas Day, Boxing Day, New Year's Day.
        var subject = await _host.ScopedAsync(sp => sp.GetRequiredService<ISubjectRegistry>()
            .RegisterAsync(new SubjectIdentity("Child R", new DateOnly(2015, 3, 1), null), "Governance", "gina.governance"));
        var opened = (await _host.As("gina.governance").SendAsync(Open, new { i = new { reference = NewReference(), notifiedOn = "2024-12-20", subjectId = subject.ToString() } }))
            .AssertOk().Data!["openRapidReview"]!;
        Assert.Equal("2025-01-15", opened["deadlineOn"]!.GetValue<string>());
        Assert.Equal(subject.ToString(), opened["subjectId"]!.GetValue<string>());
        Assert.Contains("Governance", await _host.ScopedAsync(sp => sp.GetRequiredService<ISubjectRegistry>().ModulesHoldingAsync(subject)));
        var published = await _host.ScopedAsync(sp => sp.GetRequiredService<GovernanceDbContext>().Outbox
            .Where(m => m.EventType == typeof(Safeguarding.Governance.Contracts.LearningReviewOpened).FullName).Select(m => m.Payload).ToListAsync());
        Assert.Contains(published, p => p.Contains(opened["id"]!.GetValue<string>()));
        Assert.All(published, p => Assert.DoesNotContain(subject.ToString(), p));
    }

    [Fact]
    public async Task A_decision_needs_every_statutory_partner_to_agree_the_same_outcome()
    {
        var statutory = (await PartnersAsync()).Where(p => p.Statutory).ToList();
        Assert.Equal(4, statutory.Count);
        var review = await OpenAsync("2025-03-03");
        var gina = _host.As("gina.governance");
        foreach (var partner in statutory.Take(2))
            (await gina.SendAsync(Agree, new { i = new { reviewId = review, partnerId = partner.Id, outcome = "CSPR" } })).AssertOk();

        await AssertRejectedAsync("gina.governance", Decide, new { i = new { reviewId = review, outcome = "CSPR", decidedOn = "2025-03-10" } }, "CONFLICT");
        var refusal = (await gina.SendAsync(Decide, new { i = new { reviewId = review, outcome = "CSPR" } })).AssertError("CONFLICT");
        Assert.Contains("all 4 statutory partners", refusal.FirstMessage);

        // A third agrees CSPR but the fourth NO_CSPR: still not unanimous.
        (await gina.SendAsync(Agree, new { i = new { reviewId = review, partnerId = statutory[2].Id, outcome = "CSPR" } })).AssertOk();
        (await gina.SendAsync(Agree, new { i = new { reviewId = review, partnerId = statutory[3].Id, outcome = "NO_CSPR" } })).AssertOk();
        await AssertRejectedAsync("gina.governance", Decide, new { i = new { reviewId = review, outcome = "CSPR", decidedOn = "2025-03-10" } }, "CONFLICT");

        // The fourth changes its view: now all agree, and the decision is made in time.
        (await gina.SendAsync(Agree, new { i = new { reviewId = review, partnerId = statutory[3].Id, outcome = "CSPR" } })).AssertOk();
        var decided = (await gina.SendAsync(Decide, new { i = new { reviewId = review, outcome = "CSPR", decidedOn = "2025-03-10" } })).AssertOk();
        Assert.Equal("CSPR", decided.Data!["decideRapidReview"]!["outcome"]!.GetValue<string>());
        await AssertRejectedAsync("gina.governance", Decide, new { i = new { reviewId = review, outcome = "CSPR" } }, "CONFLICT");
        await AssertRejectedAsync("gina.governance", Agree, new { i = new { reviewId = review, partnerId = statutory[0].Id, outcome = "NO_CSPR" } }, "CONFLICT");

        var timeliness = (await _host.As("gina.governance").SendAsync("{ learningReviewTimeliness { year rapidReviews decided decidedInTime inTimeRate } }")).AssertOk();
        var year2025 = timeliness.Data!["learningReviewTimeliness"]!.AsArray().First(y => y!["year"]!.GetValue<int>() == 2025)!;
        Assert.True(year2025["decidedInTime"]!.GetValue<int>() >= 1);
    }

    [Fact]
    public async Task Bad_input_is_rejected_with_a_code_and_nothing_is_written()
    {
        var partners = await PartnersAsync();
        var review = await OpenAsync("2025-06-02");
        var body = await BodyAsync("Quality Assurance Delivery Group");
        var relevant = partners.First(p => !p.Statutory).Id;

        await AssertRejectedAsync("gina.governance", Agree, new { i = new { reviewId = review, partnerId = Guid.NewGuid().ToString(), outcome = "CSPR" } }, "NOT_FOUND");
        await AssertRejectedAsync("gina.governance", Agree, new { i = new { reviewId = review, partnerId = relevant, outcome = "CSPR" } }, "VALIDATION", "partnerId");
        await AssertRejectedAsync("gina.governance", Agree, new { i = new { reviewId = Guid.NewGuid().ToString(), partnerId = partners[0].Id, outcome = "CSPR" } }, "NOT_FOUND");
        await AssertRejectedAsync("gina.governance", AddAction, new { i = new { reviewId = review, title = "Chronology training", ownerBodyId = body, startsOn = "2025-07-01", dueDate = "2025-06-30" } }, "VALIDATION", "dueDate");
        await AssertRejectedAsync("gina.governance", AddAction, new { i = new { reviewId = review, title = "", ownerBodyId = body, startsOn = "2025-07-01", dueDate = "2025-09-30" } }, "VALIDATION", "title");
        await AssertRejectedAsync("gina.governance", AddAction, new { i = new { reviewId = review, title = "x", ownerBodyId = Guid.NewGuid().ToString(), startsOn = "2025-07-01", dueDate = "2025-09-30" } }, "NOT_FOUND");
        await AssertRejectedAsync("gina.governance", AddFinding, new { i = new { reviewId = review, theme = " ", text = "x" } }, "VALIDATION", "theme");
        await AssertRejectedAsync("gina.governance", Open, new { i = new { reference = NewReference(), notifiedOn = "1994-12-01" } }, "VALIDATION", "notifiedOn");
        await AssertRejectedAsync("gina.governance", Open, new { i = new { reference = NewReference(), notifiedOn = "0001-01-01" } }, "VALIDATION", "notifiedOn");
        await AssertRejectedAsync("gina.governance", Open, new { i = new { reference = NewReference(), notifiedOn = "2025-01-06", subjectId = "not-an-id" } }, "VALIDATION", "subjectId");
        await AssertRejectedAsync("gina.governance", Open, new { i = new { reference = NewReference(), notifiedOn = "2025-01-06", subjectId = Guid.NewGuid().ToString() } }, "NOT_FOUND");
        await AssertRejectedAsync("gina.governance", Open, new { i = new { reference = "", notifiedOn = "2099-01-06" } }, "VALIDATION", "reference");
        await AssertRejectedAsync("nina.neglect", Open, new { i = new { reference = NewReference(), notifiedOn = "2025-01-06" } }, "FORBIDDEN");
        await AssertRejectedAsync("sam.scrutineer", Agree, new { i = new { reviewId = review, partnerId = partners[0].Id, outcome = "CSPR" } }, "FORBIDDEN");
    }

    [Fact]
    public async Task The_scrutineer_reads_counts_but_never_reviews_or_subject_ids()
    {
        await OpenAsync("2025-02-03");
        (await _host.As("sam.scrutineer").SendAsync("{ learningReviews { nodes { id subjectId } } }")).AssertError("FORBIDDEN");
        (await _host.As("sam.scrutineer").SendAsync("{ rapidReviewsAtRisk(asOf: \"2025-02-20\") { nodes { id } } }")).AssertError("FORBIDDEN");
        (await _host.As("nina.neglect").SendAsync("{ learningReviews { nodes { id } } }")).AssertError("FORBIDDEN");
        (await _host.As("sam.scrutineer").SendAsync("{ learningReviewTimeliness { year rapidReviews decided decidedInTime overdue inTimeRate } }")).AssertOk();
    }

    [Fact]
    public async Task Reviews_at_risk_have_three_working_days_or_fewer_left_or_are_overdue()
    {
        // Notified Monday 7 July 2025: deadline Monday 28 July 2025 (no bank holidays in between).
        var review = await OpenAsync("2025-07-07");
        async Task<bool> AtRisk(string asOf) => (await _host.As("gina.governance").SendAsync($"{{ rapidReviewsAtRisk(asOf: \"{asOf}\") {{ nodes {{ id }} }} }}"))
            .AssertOk().Data!["rapidReviewsAtRisk"]!["nodes"]!.AsArray().Any(r => r!["id"]!.GetValue<string>() == review);
        Assert.False(await AtRisk("2025-07-22")); // Tue: 4 working days left (23, 24, 25, 28)
        Assert.True(await AtRisk("2025-07-23"));  // Wed: 3 left
        Assert.True(await AtRisk("2025-07-28"));  // the deadline itself
        Assert.True(await AtRisk("2025-08-04"));  // overdue
        // Any year of the calendar is answered (it is computed); a date beyond it is a VALIDATION error on asOf, never a crash.
        (await _host.As("gina.governance").SendAsync("{ rapidReviewsAtRisk(asOf: \"2030-01-01\") { nodes { id } } }")).AssertOk();
        (await _host.As("gina.governance").SendAsync("{ rapidReviewsAtRisk(asOf: \"2100-01-01\") { nodes { id } } }")).AssertError("VALIDATION");
        (await _host.As("gina.governance").SendAsync("{ rapidReviewsAtRisk(asOf: \"9999-12-31\") { nodes { id } } }")).AssertError("VALIDATION");

        var sweep = _host.Services.GetRequiredService<Safeguarding.Governance.Reviews.OverdueReviewSweep>();
        await sweep.SweepAsync(CancellationToken.None);
        Assert.Equal(0, await sweep.SweepAsync(CancellationToken.None));
        var announced = await _host.ScopedAsync(sp => sp.GetRequiredService<GovernanceDbContext>().Reviews.AnyAsync(r => r.Id == Guid.Parse(review) && r.OverdueAnnouncedOn != null));
        Assert.True(announced);
    }

    [Fact]
    public async Task A_review_action_plan_is_tracked_to_completion_and_overdue_actions_are_a_query()
    {
        var review = await OpenAsync("2025-01-06");
        var gina = _host.As("gina.governance");
        var body = await BodyAsync("Quality Assurance Delivery Group");
        (await gina.SendAsync(AddFinding, new { i = new { reviewId = review, theme = "Professional curiosity", text = "Practitioners accepted explanations without checking." } })).AssertOk();
        var late = (await gina.SendAsync(AddAction, new { i = new { reviewId = review, title = "Audit chronologies", ownerBodyId = body, startsOn = "2025-02-01", dueDate = "2025-05-30" } }))
            .AssertOk().Data!["addReviewAction"]!["id"]!.GetValue<string>();
        var overdue = (await gina.SendAsync("{ overdueReviewActions(asOf: \"2025-06-02\") { nodes { id } } }")).AssertOk().Data!["overdueReviewActions"]!["nodes"]!.AsArray();
        Assert.Contains(overdue, a => a!["id"]!.GetValue<string>() == late);
        (await gina.SendAsync(CompleteAction, new { i = new { actionId = late, evidence = "QADG minutes, June 2025", completedOn = "2025-06-10" } })).AssertOk();
        overdue = (await gina.SendAsync("{ overdueReviewActions(asOf: \"2025-06-02\") { nodes { id } } }")).AssertOk().Data!["overdueReviewActions"]!["nodes"]!.AsArray();
        Assert.DoesNotContain(overdue, a => a!["id"]!.GetValue<string>() == late);
        await AssertRejectedAsync("gina.governance", CompleteAction, new { i = new { actionId = late, evidence = "again" } }, "CONFLICT");
        var findings = (await gina.SendAsync("{ learningReviews(kind: RAPID_REVIEW) { nodes { id findings { theme } actions { title status } } } }")).AssertOk()
            .Data!["learningReviews"]!["nodes"]!.AsArray().First(r => r!["id"]!.GetValue<string>() == review)!;
        Assert.Equal("professional curiosity", findings["findings"]![0]!["theme"]!.GetValue<string>());
    }
}
