using Microsoft.EntityFrameworkCore;
using Safeguarding.Csa.Persistence;
using Safeguarding.Neglect.Contracts;
using Safeguarding.SharedKernel.Events;

namespace Safeguarding.Csa.Workstream;

/// <summary>
/// Keeps the workstream's copy of child protection plans for sexual abuse. Neglect records every plan and announces it;
/// only category SEXUAL is kept. Idempotent and order-free: a plan's end may arrive before its start.
/// </summary>
internal sealed class SexualAbusePlanStartedHandler(CsaDbContext db) : IIntegrationEventHandler<ChildProtectionPlanStarted>
{
    public async Task HandleAsync(ChildProtectionPlanStarted e, CancellationToken cancellationToken)
    {
        if (!SexualAbusePlans.IsSexualAbuse(e.Category)) return;
        var plan = await SexualAbusePlans.FindOrAddAsync(db, e.PlanId, e.SubjectId, e.StartedOn, cancellationToken);
        plan.StartedOn = e.StartedOn;
        await db.SaveChangesAsync(cancellationToken);
    }
}

internal sealed class SexualAbusePlanEndedHandler(CsaDbContext db) : IIntegrationEventHandler<ChildProtectionPlanEnded>
{
    public async Task HandleAsync(ChildProtectionPlanEnded e, CancellationToken cancellationToken)
    {
        if (!SexualAbusePlans.IsSexualAbuse(e.Category)) return;
        var plan = await SexualAbusePlans.FindOrAddAsync(db, e.PlanId, e.SubjectId, e.StartedOn, cancellationToken);
        plan.EndedOn = e.EndedOn;
        await db.SaveChangesAsync(cancellationToken);
    }
}

internal static class SexualAbusePlans
{
    public const string Category = "SEXUAL";

    public static bool IsSexualAbuse(string category) => string.Equals(category, Category, StringComparison.OrdinalIgnoreCase);

    public static async Task<SexualAbusePlan> FindOrAddAsync(CsaDbContext db, Guid planId, Guid subjectId, DateOnly startedOn, CancellationToken ct)
    {
        // Events of one delivery group share this DbContext, so look among the rows it is already tracking first.
        var plan = db.SexualAbusePlans.Local.FirstOrDefault(p => p.PlanId == planId)
                   ?? await db.SexualAbusePlans.FirstOrDefaultAsync(p => p.PlanId == planId, ct);
        if (plan is null) db.SexualAbusePlans.Add(plan = new SexualAbusePlan { PlanId = planId, SubjectId = subjectId, StartedOn = startedOn });
        return plan;
    }
}
