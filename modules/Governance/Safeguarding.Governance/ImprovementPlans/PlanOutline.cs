using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.ImprovementPlans;

/// <summary>A plan's outcomes, each with its activities and their milestones, in the plan's order.</summary>
internal static class PlanOutline
{
    /// <summary>
    /// Outcomes in the order of their first activity's number, activities by number ("1.2" before "1.10"),
    /// milestones by due date.
    /// </summary>
    public static async Task<IReadOnlyList<PlanOutcome>> LoadAsync(GovernanceDbContext db, Guid planId, CancellationToken ct)
    {
        var outcomes = await db.PlanOutcomes.AsNoTracking().Where(o => o.PlanId == planId)
            .Include(o => o.Activities).ThenInclude(a => a.Milestones).AsSplitQuery().ToListAsync(ct);
        return outcomes.Select(o => o.InPlanOrder())
            .OrderBy(o => o.Activities.FirstOrDefault()?.Number ?? "", ActivityNumberOrder.Instance).ThenBy(o => o.Text, StringComparer.Ordinal).ToList();
    }
}
