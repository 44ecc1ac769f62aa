using Microsoft.Extensions.Logging;
using Safeguarding.Adolescents.Contracts;
using Safeguarding.Adolescents.Intelligence;
using Safeguarding.Adolescents.Persistence;

namespace Safeguarding.Adolescents.ReturnHomeInterviews;

/// <summary>
/// Announces, once per missing episode, that no return home interview was offered within 72 hours of the return:
/// marks the episode and publishes <see cref="ReturnHomeInterviewBecameOverdue"/> in one transaction.
/// Runs every 15 minutes while the module is switched on.
/// </summary>
public sealed class OverdueInterviewSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OverdueInterviewSweep> logger)
    : OverdueSweep<AdolescentsDbContext, MissingEpisode>(scopes, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(15);

    protected override IQueryable<MissingEpisode> Overdue(AdolescentsDbContext db, DateTimeOffset now) =>
        db.MissingEpisodes.Where(e => e.InterviewDueBy != null && e.InterviewDueBy < now && e.InterviewOfferedAt == null && e.InterviewOverdueAnnouncedAt == null);
}
