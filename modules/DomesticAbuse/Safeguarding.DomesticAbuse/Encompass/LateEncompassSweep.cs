using Microsoft.Extensions.Logging;
using Safeguarding.DomesticAbuse.Contracts;
using Safeguarding.DomesticAbuse.Persistence;

namespace Safeguarding.DomesticAbuse.Encompass;

/// <summary>
/// Announces, once per notification, that an Operation Encompass notification was still unacknowledged at its deadline:
/// marks it and publishes <see cref="EncompassNotificationBecameLate"/> in one transaction, a page at a time.
/// Runs every 15 minutes while the module is switched on, so lateness at 08:30 is known soon after.
/// </summary>
public sealed class LateEncompassSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<LateEncompassSweep> logger) : ModuleSweep(scopes, clock, logger)
{
    private const int Page = 1000;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(15);

    protected override async Task<int> SweepAsync(IServiceProvider scoped, CancellationToken ct)
    {
        var db = scoped.GetRequiredService<DomesticAbuseDbContext>();
        var now = Clock.GetUtcNow();
        var announced = 0;
        while (true)
        {
            var late = await db.EncompassNotifications
                .Where(n => n.AcknowledgedAt == null && n.LateAnnouncedAt == null && n.DeadlineAt < now)
                .OrderBy(n => n.DeadlineAt).Take(Page).ToListAsync(ct);
            if (late.Count == 0) return announced;
            foreach (var n in late)
                if (n.AnnounceLate(now) is { } becameLate) db.Publish(becameLate);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            announced += late.Count;
        }
    }
}
