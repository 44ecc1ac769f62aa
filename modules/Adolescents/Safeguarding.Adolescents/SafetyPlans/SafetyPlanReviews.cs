using Safeguarding.Adolescents.Partners;
using Safeguarding.Adolescents.Persistence;

namespace Safeguarding.Adolescents.SafetyPlans;

/// <summary>Starts and reviews young people's plans, each save a new version, and reads a plan back with its history.</summary>
public sealed class SafetyPlanReviews(AdolescentsDbContext db, ISubjectRegistry registry, TimeProvider clock)
{
    /// <summary>
    /// Starts the young person's plan (version 1) or reviews it (the next version). Answers the plan with every version.
    /// VALIDATION first, naming every problem with the input at once; then NOT_FOUND for a young person not registered.
    /// </summary>
    public async Task<SafetyPlan> SaveAsync(SaveSafetyPlanInput input, string savedBy, CancellationToken ct)
    {
        var check = new InputCheck();
        var subjectId = check.ParseId(input.SubjectId, "subjectId", "The young person's subject id");
        var risks = (input.Risks ?? []).Select(r => new ProposedRisk(r.Description, r.Level)).ToList();
        var actions = (input.Actions ?? []).Select(a => new ProposedAction(a.Action, a.OwnerAgency, a.DueOn)).ToList();
        var named = actions.Select(a => a.OwnerAgency?.Trim() ?? "").Where(a => a.Length > 0);
        var agencies = (await PartnerNames.ResolveAsync(db, named, ct)).Known.ToDictionary(n => n, StringComparer.OrdinalIgnoreCase);
        var content = new SafetyPlanContent(input.ReviewOn, risks, actions, agencies);
        var (today, now) = (clock.Today(), clock.GetUtcNow());

        var plan = subjectId == Guid.Empty ? null : await db.SafetyPlans.FirstOrDefaultAsync(p => p.SubjectId == subjectId, ct);
        if (plan is null)
        {
            plan = SafetyPlan.Start(subjectId, content, today, now, savedBy, check);
            await RequireRegisteredAsync(subjectId, ct);
            db.SafetyPlans.Add(plan);
        }
        else
            db.SafetyPlanVersions.Add(plan.Review(content, today, now, savedBy, check));
        await db.SaveChangesAsync(ct);
        await registry.EnrolAsync(new SubjectId(subjectId), AdolescentsModule.ModuleName, ct);
        return (await LoadAsync(db, subjectId, ct))!;
    }

    /// <summary>Marks an action of the plan in force done today: VALIDATION for a malformed id, NOT_FOUND, or CONFLICT (see <see cref="SafetyPlan.CompleteAction"/>).</summary>
    public async Task<SafetyPlanAction> CompleteActionAsync(string? actionId, CancellationToken ct)
    {
        var id = InputCheck.Id(actionId, "actionId", "The action");
        var action = await db.SafetyPlanActions.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw DomainException.NotFound("safety plan action", id);
        var version = await db.SafetyPlanVersions.AsNoTracking().FirstAsync(v => v.Id == action.VersionId, ct);
        var plan = await db.SafetyPlans.AsNoTracking().FirstAsync(p => p.Id == version.PlanId, ct);
        plan.CompleteAction(version, action, clock.Today());
        await db.SaveChangesAsync(ct);
        return action;
    }

    /// <summary>The young person's plan with every version, each with its risks and actions in reading order; null if there is none.</summary>
    public static async Task<SafetyPlan?> LoadAsync(AdolescentsDbContext db, Guid subjectId, CancellationToken ct)
    {
        var plan = await db.SafetyPlans.AsNoTracking()
            .Include(p => p.Versions).ThenInclude(v => v.Risks)
            .Include(p => p.Versions).ThenInclude(v => v.Actions)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.SubjectId == subjectId, ct);
        plan?.Versions.ForEach(v => v.InReadingOrder());
        return plan;
    }

    private async Task RequireRegisteredAsync(Guid subjectId, CancellationToken ct)
    {
        if (!await registry.ExistsAsync(new SubjectId(subjectId), ct))
            throw new DomainException(ErrorCodes.NotFound,
                $"No young person is registered with subject id {subjectId}. Register them first (registerSubject), then save the plan.");
    }
}
