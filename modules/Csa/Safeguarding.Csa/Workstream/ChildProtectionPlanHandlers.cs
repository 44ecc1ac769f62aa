using Safeguarding.Csa.Persistence;
using Safeguarding.Neglect.Contracts;

namespace Safeguarding.Csa.Workstream;

/// <summary>
/// Keeps the workstream's copy of child protection plans for sexual abuse. Neglect records every plan and announces it;
/// only category SEXUAL is kept. Idempotent and order-free: a plan's end may arrive before its start.
/// </summary>
internal sealed class SexualAbusePlanHandler(CsaDbContext db) :
    IIntegrationEventHandler<ChildProtectionPlanStarted>, IIntegrationEventHandler<ChildProtectionPlanEnded>
{
    public const string Category = "SEXUAL";

    public Task HandleAsync(ChildProtectionPlanStarted e, CancellationToken cancellationToken) =>
        KeepAsync(e.Category, e.PlanId, e.SubjectId, e.StartedOn, plan => plan.StartedOn = e.StartedOn, cancellationToken);

    public Task HandleAsync(ChildProtectionPlanEnded e, CancellationToken cancellationToken) =>
        KeepAsync(e.Category, e.PlanId, e.SubjectId, e.StartedOn, plan => plan.EndedOn = e.EndedOn, cancellationToken);

    private async Task KeepAsync(string category, Guid planId, Guid subjectId, DateOnly startedOn, Action<SexualAbusePlan> apply, CancellationToken ct)
    {
        if (!string.Equals(category, Category, StringComparison.OrdinalIgnoreCase)) return;
        // Events of one delivery group share this DbContext, so look among the rows it is already tracking first.
        var plan = db.SexualAbusePlans.Local.FirstOrDefault(p => p.PlanId == planId)
                   ?? await db.SexualAbusePlans.FirstOrDefaultAsync(p => p.PlanId == planId, ct);
        if (plan is null) db.SexualAbusePlans.Add(plan = new SexualAbusePlan { PlanId = planId, SubjectId = subjectId, StartedOn = startedOn });
        apply(plan);
        await db.SaveChangesAsync(ct);
    }
}
