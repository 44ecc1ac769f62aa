using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Governance.Persistence;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Governance;

/// <summary>Improvement plans: outcomes, activities, milestones and progress per plan.</summary>
public sealed class ImprovementPlanTests : IClassFixture<ImprovementPlanTests.Host>
{
    public sealed class Host : IDisposable
    {
        public PartnershipHost Partnership { get; } = new();
        public void Dispose() => Partnership.Dispose();
    }

    private readonly PartnershipHost _host;
    public ImprovementPlanTests(Host host) => _host = host.Partnership;

    private const string Milestone = "mutation($i: AddImprovementMilestoneInput!) { addImprovementMilestone(input: $i) { id dueDate } }";

    private Task<string> FingerprintAsync() => _host.ScopedAsync(async sp =>
    {
        var db = sp.GetRequiredService<GovernanceDbContext>();
        return string.Join("|", await db.ImprovementPlans.CountAsync(), await db.PlanOutcomes.CountAsync(), await db.PlanActivities.CountAsync(),
            await db.PlanMilestones.CountAsync(), await db.PlanMilestones.CountAsync(m => m.CompletedOn != null), await db.Outbox.CountAsync(m => !m.EventType.EndsWith("BecameOverdue")) /* sweeps announce in the background */);
    });

    private Task AssertRejectedAsync(string mutation, object variables, string code, string? problemField = null) =>
        _host.AssertRejectedAsync(FingerprintAsync, "gina.governance", mutation, variables, code, problemField);

    [Fact]
    public async Task A_plan_tracks_milestones_to_progress_and_rejects_bad_input()
    {
        var council = (await _host.As("alex.admin").SendAsync("{ partners { id name } }")).AssertOk().Data!["partners"]!.AsArray()
            .First(p => p!["name"]!.GetValue<string>() == "Plymouth City Council")!["id"]!.GetValue<string>();
        var gina = _host.As("gina.governance");
        var plan = (await gina.SendAsync("mutation($i: CreateImprovementPlanInput!) { createImprovementPlan(input: $i) { id } }",
            new { i = new { title = "Corporate Safeguarding Improvement Plan", ownerPartnerId = council, startsOn = "2025-04-01", endsOn = "2026-04-15" } }))
            .AssertOk().Data!["createImprovementPlan"]!["id"]!.GetValue<string>();
        var activity = (await gina.SendAsync("mutation($i: AddImprovementActivityInput!) { addImprovementActivity(input: $i) { id } }",
            new { i = new { planId = plan, outcome = "Joint leadership of safeguarding outcomes", number = "1.1", text = "Review information sharing for children affected by adult mental health issues", support = "ASC, health colleagues" } }))
            .AssertOk().Data!["addImprovementActivity"]!["id"]!.GetValue<string>();
        var first = (await gina.SendAsync(Milestone, new { i = new { activityId = activity, text = "Joint Action Plan in place", dueDate = "2025-06-30", ownerPartnerId = council, benefits = "Staff recognise the impact of adult mental health issues" } }))
            .AssertOk().Data!["addImprovementMilestone"]!["id"]!.GetValue<string>();
        (await gina.SendAsync(Milestone, new { i = new { activityId = activity, text = "Plan reviewed", dueDate = "2026-03-31", ownerPartnerId = council } })).AssertOk();
        (await gina.SendAsync("mutation($id: ID!) { completeImprovementMilestone(milestoneId: $id, completedOn: \"2025-06-20\") { id completedOn } }", new { id = first })).AssertOk();

        var progress = (await _host.As("sam.scrutineer").SendAsync("{ improvementPlans { nodes { id milestones completed percentComplete } } }")).AssertOk()
            .Data!["improvementPlans"]!["nodes"]!.AsArray().First(p => p!["id"]!.GetValue<string>() == plan)!;
        Assert.Equal(2, progress["milestones"]!.GetValue<int>());
        Assert.Equal(1, progress["completed"]!.GetValue<int>());
        Assert.Equal(50m, progress["percentComplete"]!.GetValue<decimal>());

        await AssertRejectedAsync(Milestone, new { i = new { activityId = activity, text = "Too late", dueDate = "2027-01-01", ownerPartnerId = council } }, "VALIDATION", "dueDate");
        await AssertRejectedAsync(Milestone, new { i = new { activityId = activity, text = "x", dueDate = "2025-07-01", ownerPartnerId = Guid.NewGuid().ToString() } }, "NOT_FOUND");
        await AssertRejectedAsync(Milestone, new { i = new { activityId = activity, text = "", dueDate = "2025-07-01", ownerPartnerId = council } }, "VALIDATION", "text");
        await AssertRejectedAsync("mutation($id: ID!) { completeImprovementMilestone(milestoneId: $id) { id } }", new { id = first }, "CONFLICT");
        await AssertRejectedAsync("mutation($i: CreateImprovementPlanInput!) { createImprovementPlan(input: $i) { id } }",
            new { i = new { title = "x", ownerPartnerId = council, startsOn = "2025-04-01", endsOn = "2025-03-01" } }, "VALIDATION", "endsOn");
    }

    private static string Day(int fromToday) => Safeguarding.SharedKernel.Time.UkTime.Today(TimeProvider.System).AddDays(fromToday).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_plan_reads_back_in_full_in_the_plans_own_order()
    {
        var partners = (await _host.As("alex.admin").SendAsync("{ partners { id name } }")).AssertOk().Data!["partners"]!.AsArray()
            .ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["id"]!.GetValue<string>());
        var (council, nspcc) = (partners["Plymouth City Council"], partners["NSPCC"]);
        var gina = _host.As("gina.governance");
        var plan = (await gina.SendAsync("mutation($i: CreateImprovementPlanInput!) { createImprovementPlan(input: $i) { id } }",
            new { i = new { title = "Neglect improvement plan", ownerPartnerId = council, startsOn = Day(-100), endsOn = Day(200) } }))
            .AssertOk().Data!["createImprovementPlan"]!["id"]!.GetValue<string>();
        async Task<string> Activity(string outcome, string number, string text, string? support = null) =>
            (await gina.SendAsync("mutation($i: AddImprovementActivityInput!) { addImprovementActivity(input: $i) { id } }",
                new { i = new { planId = plan, outcome, number, text, support } })).AssertOk().Data!["addImprovementActivity"]!["id"]!.GetValue<string>();
        async Task<string> AddMilestone(string activity, string text, int due, string owner, string? benefits = null) =>
            (await gina.SendAsync(Milestone, new { i = new { activityId = activity, text, dueDate = Day(due), ownerPartnerId = owner, benefits } }))
            .AssertOk().Data!["addImprovementMilestone"]!["id"]!.GetValue<string>();

        var training = await Activity("Practitioners use GCP2", "2.1", "Train 200 practitioners");
        var tenth = await Activity("A shared understanding of neglect", "1.10", "Publish the neglect strategy");
        var second = await Activity("A shared understanding of neglect", "1.2", "Agree the threshold document", "Police and health");
        await AddMilestone(second, "Draft agreed", 60, council, "Fewer inappropriate referrals");
        await AddMilestone(second, "Consultation closed", -5, nspcc);
        var done = await AddMilestone(tenth, "Strategy signed off", -20, council);
        (await gina.SendAsync("mutation($id: ID!, $on: DateOnly) { completeImprovementMilestone(milestoneId: $id, completedOn: $on) { id } }", new { id = done, on = Day(-21) })).AssertOk();
        await AddMilestone(training, "First cohort trained", 30, nspcc);

        var read = (await _host.As("sam.scrutineer").SendAsync("""
            query($id: ID!) { improvementPlan(id: $id) { title owner { name } milestones completed overdue
              outcomes { text activities { number text support milestones { text dueDate completedOn benefits status owner { name } } } } } }
            """, new { id = plan })).AssertOk().Data!["improvementPlan"]!;
        Assert.Equal("Plymouth City Council", read["owner"]!["name"]!.GetValue<string>());
        Assert.Equal((4, 1, 1), (read["milestones"]!.GetValue<int>(), read["completed"]!.GetValue<int>(), read["overdue"]!.GetValue<int>()));
        var outcomes = read["outcomes"]!.AsArray();
        Assert.Equal(["A shared understanding of neglect", "Practitioners use GCP2"], outcomes.Select(o => o!["text"]!.GetValue<string>()));
        var activities = outcomes[0]!["activities"]!.AsArray();
        Assert.Equal(["1.2", "1.10"], activities.Select(a => a!["number"]!.GetValue<string>()));
        Assert.Equal("Police and health", activities[0]!["support"]!.GetValue<string>());
        var milestones = activities[0]!["milestones"]!.AsArray();
        Assert.Equal([("Consultation closed", "OVERDUE", "NSPCC"), ("Draft agreed", "OPEN", "Plymouth City Council")],
            milestones.Select(m => (m!["text"]!.GetValue<string>(), m["status"]!.GetValue<string>(), m["owner"]!["name"]!.GetValue<string>())));
        Assert.Equal(Day(60), milestones[1]!["dueDate"]!.GetValue<string>());
        Assert.Equal("Fewer inappropriate referrals", milestones[1]!["benefits"]!.GetValue<string>());
        var signedOff = activities[1]!["milestones"]![0]!;
        Assert.Equal(("COMPLETED", Day(-21)), (signedOff["status"]!.GetValue<string>(), signedOff["completedOn"]!.GetValue<string>()));

        var listed = (await gina.SendAsync("{ improvementPlans(first: 20) { nodes { id outcomes { activities { milestones { text } } } } } }")).AssertOk()
            .Data!["improvementPlans"]!["nodes"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == plan)!;
        Assert.Equal(4, listed["outcomes"]!.AsArray().SelectMany(o => o!["activities"]!.AsArray()).SelectMany(a => a!["milestones"]!.AsArray()).Count());

        (await gina.SendAsync("query($id: ID!) { improvementPlan(id: $id) { id } }", new { id = Guid.NewGuid().ToString() })).AssertError("NOT_FOUND");
        await AssertRejectedAsync("mutation($id: ID!, $on: DateOnly) { completeImprovementMilestone(milestoneId: $id, completedOn: $on) { id } }",
            new { id = done, on = Day(1) }, "VALIDATION", "completedOn");
    }
}
