using Microsoft.Extensions.Logging;
using Safeguarding.Governance.Contracts;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Actions;

/// <summary>
/// Announces, once per action, that an action has passed its due date: marks it and publishes
/// <see cref="PartnershipActionBecameOverdue"/> in one transaction. Runs hourly while the module is switched on.
/// </summary>
public sealed class OverdueActionSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OverdueActionSweep> logger) : ModuleSweep(scopes, clock, logger)
{
    protected override string FeatureFlag => GovernanceModule.ModuleName;

    /// <summary>Returns how many actions were newly announced overdue.</summary>
    protected override async Task<int> SweepAsync(IServiceProvider scoped, CancellationToken ct)
    {
        var db = scoped.GetRequiredService<GovernanceDbContext>();
        var today = Clock.Today();
        var overdue = await db.Actions
            .Where(a => a.Status != ActionStatus.Completed && a.DueDate < today && a.OverdueAnnouncedOn == null)
            .ToListAsync(ct);
        if (overdue.Count == 0) return 0;
        var bodies = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        foreach (var action in overdue) db.Publish(action.AnnounceOverdue(today, bodies[action.BodyId]));
        await db.SaveChangesAsync(ct);
        return overdue.Count;
    }
}
