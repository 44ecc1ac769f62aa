using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Safeguarding.Governance.Contracts;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.Features;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Governance.Reviews;

/// <summary>
/// Announces, once per review, that a Rapid Review passed its deadline undecided: marks it and publishes
/// <see cref="LearningReviewBecameOverdue"/> in one transaction. Runs hourly while the module is switched on.
/// </summary>
public sealed class OverdueReviewSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OverdueReviewSweep> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try { await SweepAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) { logger.LogError(e, "The overdue review sweep failed; it will run again."); }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Returns how many reviews were newly announced overdue.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<IModuleSwitch>().IsEnabledAsync(GovernanceModule.ModuleName, ct)) return 0;
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        var today = clock.Today();
        var overdue = await db.Reviews
            .Where(r => r.Kind == ReviewKind.RapidReview && r.DecidedOn == null && r.DeadlineOn < today && r.OverdueAnnouncedOn == null)
            .ToListAsync(ct);
        if (overdue.Count == 0) return 0;
        foreach (var review in overdue)
        {
            review.OverdueAnnouncedOn = today;
            db.Publish(new LearningReviewBecameOverdue(review.Id, review.NotifiedOn, review.DeadlineOn));
        }
        await db.SaveChangesAsync(ct);
        return overdue.Count;
    }
}
