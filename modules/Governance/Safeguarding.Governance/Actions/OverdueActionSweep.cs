using Microsoft.Extensions.Logging;
using Safeguarding.Governance.Contracts;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Actions;

/// <summary>
/// Announces, once per action, that an action has passed its due date (a UK date): marks it and publishes
/// <see cref="PartnershipActionBecameOverdue"/> in one transaction. Runs hourly while the module is switched on.
/// </summary>
public sealed class OverdueActionSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OverdueActionSweep> logger)
    : OverdueSweep<GovernanceDbContext, PartnershipAction>(scopes, clock, logger)
{

    protected override IQueryable<PartnershipAction> Overdue(GovernanceDbContext db, DateTimeOffset now)
    {
        var today = UkTime.DateOf(now);
        return db.Actions.Where(a => a.Status != ActionStatus.Completed && a.DueDate < today && a.OverdueAnnouncedOn == null);
    }

    // The announcement names the body that agreed the action, so that its members recognise it.
    protected override async Task<IEnumerable<IntegrationEvent>> AnnounceAsync(GovernanceDbContext db, IReadOnlyList<PartnershipAction> overdue,
        DateTimeOffset now, CancellationToken ct)
    {
        var bodies = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        return overdue.Select(action => action.AnnounceOverdue(UkTime.DateOf(now), bodies[action.BodyId]));
    }
}
