using Microsoft.Extensions.Logging;
using Safeguarding.Governance.Contracts;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Reviews;

/// <summary>
/// Announces, once per review, that a Rapid Review passed its deadline undecided: marks it and publishes
/// <see cref="LearningReviewBecameOverdue"/> in one transaction. Runs hourly while the module is switched on.
/// </summary>
public sealed class OverdueReviewSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OverdueReviewSweep> logger) : ModuleSweep(scopes, clock, logger)
{
    protected override string FeatureFlag => GovernanceModule.ModuleName;

    /// <summary>Returns how many reviews were newly announced overdue.</summary>
    protected override async Task<int> SweepAsync(IServiceProvider scoped, CancellationToken ct)
    {
        var db = scoped.GetRequiredService<GovernanceDbContext>();
        var today = Clock.Today();
        var overdue = await db.Reviews
            .Where(r => r.Kind == ReviewKind.RapidReview && r.DecidedOn == null && r.DeadlineOn < today && r.OverdueAnnouncedOn == null)
            .ToListAsync(ct);
        if (overdue.Count == 0) return 0;
        foreach (var review in overdue) db.Publish(review.AnnounceOverdue(today));
        await db.SaveChangesAsync(ct);
        return overdue.Count;
    }
}
