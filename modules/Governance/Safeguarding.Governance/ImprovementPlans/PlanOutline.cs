using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.ImprovementPlans;

/// <summary>A plan's outcomes, each with its activities and their milestones, in the plan's order.</summary>
internal static class PlanOutline
{
    /// <summary>
    /// Outcomes in the order of their first activity's number, activities by number ("1.2" before "1.10"),
    /// milestones by due date.
    /// </summary>
    /// <remarks>The outlines of all the plans asked for are read at once; a plan without outcomes is not in the answer.</remarks>
    public static async Task<Dictionary<Guid, IReadOnlyList<PlanOutcome>>> LoadAsync(GovernanceDbContext db, IReadOnlyList<Guid> plans, CancellationToken ct)
    {
        var outcomes = await db.PlanOutcomes.AsNoTracking().Where(o => plans.Contains(o.PlanId))
            .Include(o => o.Activities).ThenInclude(a => a.Milestones).AsSplitQuery().ToListAsync(ct);
        return outcomes.GroupBy(o => o.PlanId).ToDictionary(plan => plan.Key, plan => (IReadOnlyList<PlanOutcome>)plan.Select(o => o.InPlanOrder())
            .OrderBy(o => o.Activities.FirstOrDefault()?.Number ?? "", ActivityNumberOrder.Instance).ThenBy(o => o.Text, StringComparer.Ordinal).ToList());
    }
}
