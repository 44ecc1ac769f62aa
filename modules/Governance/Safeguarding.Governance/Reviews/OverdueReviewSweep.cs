using Microsoft.Extensions.Logging;
using Safeguarding.Governance.Contracts;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Reviews;

/// <summary>
/// Announces, once per review, that a Rapid Review passed its deadline (a UK date) undecided: marks it and publishes
/// <see cref="LearningReviewBecameOverdue"/> in one transaction. Runs hourly while the module is switched on.
/// </summary>
public sealed class OverdueReviewSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OverdueReviewSweep> logger)
    : OverdueSweep<GovernanceDbContext, LearningReview>(scopes, clock, logger)
{
    protected override IQueryable<LearningReview> Overdue(GovernanceDbContext db, DateTimeOffset now)
    {
        var today = UkTime.DateOf(now);
        return db.Reviews.Where(r => r.Kind == ReviewKind.RapidReview && r.DecidedOn == null && r.DeadlineOn < today && r.OverdueAnnouncedOn == null);
    }
}
