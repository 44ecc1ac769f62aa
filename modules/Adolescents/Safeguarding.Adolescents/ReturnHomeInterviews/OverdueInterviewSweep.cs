using Microsoft.Extensions.Logging;
using Safeguarding.Adolescents.Contracts;
using Safeguarding.Adolescents.Persistence;

namespace Safeguarding.Adolescents.ReturnHomeInterviews;

/// <summary>
/// Announces, once per missing episode, that no return home interview was offered within 72 hours of the return:
/// marks the episode and publishes <see cref="ReturnHomeInterviewBecameOverdue"/> in one transaction.
/// Runs every 15 minutes while the module is switched on.
/// </summary>
public sealed class OverdueInterviewSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OverdueInterviewSweep> logger) : ModuleSweep(scopes, clock, logger)
{
    protected override string FeatureFlag => AdolescentsModule.ModuleName;
    protected override TimeSpan Interval => TimeSpan.FromMinutes(15);

    /// <summary>Returns how many episodes were newly announced overdue.</summary>
    protected override async Task<int> SweepAsync(IServiceProvider scoped, CancellationToken ct)
    {
        var db = scoped.GetRequiredService<AdolescentsDbContext>();
        var now = Clock.GetUtcNow();
        var overdue = await db.MissingEpisodes
            .Where(e => e.InterviewDueBy != null && e.InterviewDueBy < now && e.InterviewOfferedAt == null && e.InterviewOverdueAnnouncedAt == null)
            .ToListAsync(ct);
        foreach (var episode in overdue) db.Publish(episode.AnnounceOverdue(now));
        if (overdue.Count > 0) await db.SaveChangesAsync(ct);
        return overdue.Count;
    }
}
