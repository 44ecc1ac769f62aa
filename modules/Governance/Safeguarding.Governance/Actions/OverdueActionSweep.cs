using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Safeguarding.Governance.Contracts;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.Features;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Governance.Actions;

/// <summary>
/// Announces, once per action, that an action has passed its due date: marks it and publishes
/// <see cref="PartnershipActionBecameOverdue"/> in one transaction. Runs hourly while the module is switched on.
/// </summary>
public sealed class OverdueActionSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OverdueActionSweep> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try { await SweepAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) { logger.LogError(e, "The overdue action sweep failed; it will run again."); }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Returns how many actions were newly announced overdue.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<IModuleSwitch>().IsEnabledAsync(GovernanceModule.ModuleName, ct)) return 0;
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        var today = clock.Today();
        var overdue = await db.Actions
            .Where(a => a.Status != ActionStatus.Completed && a.DueDate < today && a.OverdueAnnouncedOn == null)
            .ToListAsync(ct);
        if (overdue.Count == 0) return 0;
        var bodies = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        foreach (var action in overdue)
        {
            action.OverdueAnnouncedOn = today;
            db.Publish(new PartnershipActionBecameOverdue(action.Id, action.BodyId, bodies[action.BodyId], action.OwnerPartnerId, action.DueDate));
        }
        await db.SaveChangesAsync(ct);
        return overdue.Count;
    }
}
