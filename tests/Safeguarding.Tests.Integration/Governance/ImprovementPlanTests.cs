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

        var progress = (await _host.As("sam.scrutineer").SendAsync("{ improvementPlans { id milestones completed percentComplete } }")).AssertOk()
            .Data!["improvementPlans"]!.AsArray().First(p => p!["id"]!.GetValue<string>() == plan)!;
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
}
