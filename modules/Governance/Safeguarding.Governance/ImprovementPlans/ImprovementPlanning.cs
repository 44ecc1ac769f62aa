using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.ImprovementPlans;

/// <summary>
/// Writes the partnership's improvement plans (plans, their outcomes and activities, milestones), completes milestones,
/// and reads the plans back with their progress. Each change is one save.
/// </summary>
public sealed class ImprovementPlanning(GovernanceDbContext db, TimeProvider clock)
{
    /// <summary>The plans by start, then title, a page at a time, each with its progress today.</summary>
    public async Task<Page<PlanProgress>> ListAsync(PageRequest page, CancellationToken ct)
    {
        var read = await db.ImprovementPlans.AsNoTracking()
            .PageAsync(page, ListOrder<ImprovementPlan>.Ascending(p => p.StartsOn).ThenAscending(p => p.Title).ThenAscending(p => p.Id), ct);
        var progress = (await ProgressAsync(read.Rows.Select(r => r.Item).ToList(), ct)).ToDictionary(p => p.Plan.Id);
        return read.Select(p => progress[p.Id]);
    }

    /// <summary>One plan with its progress today.</summary>
    public async Task<PlanProgress> FindAsync(string? id, CancellationToken ct)
    {
        var planId = InputCheck.Id(id, "id", "The plan");
        var plan = await db.ImprovementPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw DomainException.NotFound("improvement plan", planId);
        return (await ProgressAsync([plan], ct)).Single();
    }

    public async Task<PlanProgress> CreateAsync(CreatePlanInput input, CancellationToken ct)
    {
        var check = new InputCheck();
        var owner = check.ParseId(input.OwnerPartnerId, "ownerPartnerId", "The owner");
        var plan = ImprovementPlan.Create(input.Title, owner, input.StartsOn, input.EndsOn, check);
        await db.CurrentPartnerAsync(owner, "ownerPartnerId", ct);
        db.ImprovementPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        return new PlanProgress(plan, 0, 0, 0);
    }

    /// <summary>An activity of a plan, under the outcome it names; a new outcome's text adds it to the plan.</summary>
    public async Task<PlanActivity> AddActivityAsync(AddActivityInput input, CancellationToken ct)
    {
        var check = new InputCheck();
        var planId = check.ParseId(input.PlanId, "planId", "The plan");
        PlanActivity.CheckNew(check, input.Outcome, input.Number, input.Text, input.Support);
        if (!await db.ImprovementPlans.AnyAsync(p => p.Id == planId, ct)) throw DomainException.NotFound("improvement plan", planId);
        var outcomeText = input.Outcome!.Trim();
        var outcome = await db.PlanOutcomes.FirstOrDefaultAsync(o => o.PlanId == planId && o.Text == outcomeText, ct);
        if (outcome is null) db.PlanOutcomes.Add(outcome = PlanOutcome.Start(planId, outcomeText));
        var activity = PlanActivity.Add(outcome, input.Number, input.Text, input.Support);
        db.PlanActivities.Add(activity);
        await db.SaveChangesAsync(ct);
        return activity;
    }

    /// <summary>A milestone of an activity, owned by a current partner, due within its plan.</summary>
    public async Task<PlanMilestone> AddMilestoneAsync(AddMilestoneInput input, CancellationToken ct)
    {
        var check = new InputCheck();
        var activityId = check.ParseId(input.ActivityId, "activityId", "The activity");
        var owner = check.ParseId(input.OwnerPartnerId, "ownerPartnerId", "The owner");
        PlanMilestone.CheckNew(check, input.Text, input.Benefits);
        var plan = await (from a in db.PlanActivities join o in db.PlanOutcomes on a.OutcomeId equals o.Id
                          join p in db.ImprovementPlans on o.PlanId equals p.Id where a.Id == activityId select p).AsNoTracking().FirstOrDefaultAsync(ct)
            ?? throw DomainException.NotFound("improvement activity", activityId);
        await db.CurrentPartnerAsync(owner, "ownerPartnerId", ct);
        var milestone = plan.AddMilestone(activityId, input.Text, input.DueDate, owner, input.Benefits);
        db.PlanMilestones.Add(milestone);
        await db.SaveChangesAsync(ct);
        return milestone;
    }

    /// <summary>Completes a milestone, today unless dated, with the event that announces it.</summary>
    public async Task<PlanMilestone> CompleteMilestoneAsync(string? milestoneId, DateOnly? completedOn, CancellationToken ct)
    {
        var today = clock.Today();
        var check = new InputCheck();
        var id = check.ParseId(milestoneId, "milestoneId", "The milestone");
        check.ThrowIfInvalid();
        var milestone = await db.PlanMilestones.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw DomainException.NotFound("milestone", id);
        milestone.Complete(completedOn ?? today, today);
        var planId = await (from a in db.PlanActivities join o in db.PlanOutcomes on a.OutcomeId equals o.Id where a.Id == milestone.ActivityId select o.PlanId).FirstAsync(ct);
        db.Publish(milestone.Completed(planId));
        await db.SaveChangesAsync(ct);
        return milestone;
    }

    /// <summary>These plans with their milestones counted: all, completed, and overdue today.</summary>
    private async Task<List<PlanProgress>> ProgressAsync(IReadOnlyList<ImprovementPlan> found, CancellationToken ct)
    {
        var today = clock.Today();
        var ids = found.Select(p => p.Id).ToList();
        var milestones = await (from m in db.PlanMilestones.AsNoTracking()
                                join a in db.PlanActivities on m.ActivityId equals a.Id
                                join o in db.PlanOutcomes on a.OutcomeId equals o.Id
                                where ids.Contains(o.PlanId)
                                select new { o.PlanId, m.DueDate, m.CompletedOn }).ToListAsync(ct);
        return found.Select(p =>
        {
            var mine = milestones.Where(m => m.PlanId == p.Id).ToList();
            return new PlanProgress(p, mine.Count, mine.Count(m => m.CompletedOn != null), mine.Count(m => m.CompletedOn == null && m.DueDate < today));
        }).ToList();
    }
}
