using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.DomesticAbuse.Trend;

namespace Safeguarding.DomesticAbuse.Encompass;

/// <summary>
/// Counts only: how Operation Encompass notifications were acknowledged, and where it cannot reach. The counts are of
/// children, given under the reader's small-number rule.
/// </summary>
public sealed class EncompassFigures(DomesticAbuseDbContext db, TimeProvider clock)
{
    /// <summary>Notifications for incidents in the period, in total and by setting.</summary>
    public async Task<EncompassSummary> SummaryAsync(ReportingPeriod period, DisclosureControl rule, CancellationToken ct)
    {
        var (start, end) = (period.Start, period.End);
        var now = clock.GetUtcNow();
        var rows = await db.EncompassNotifications.AsNoTracking()
            .Where(n => n.IncidentAt >= start && n.IncidentAt < end)
            .GroupBy(n => new { n.SettingId, n.SettingName })
            .Select(g => new
            {
                g.Key.SettingId, g.Key.SettingName, Sent = g.Count(),
                OnTime = g.Count(n => n.AcknowledgedAt != null && n.AcknowledgedAt < n.DeadlineAt),
                Acknowledged = g.Count(n => n.AcknowledgedAt != null),
                Overdue = g.Count(n => n.AcknowledgedAt == null && n.DeadlineAt <= now),
            }).ToListAsync(ct);
        var bySetting = rows.OrderBy(r => r.SettingName)
            .Select(r => (r.SettingId, r.SettingName, r.OnTime, Late: r.Acknowledged - r.OnTime, Outstanding: r.Sent - r.Acknowledged - r.Overdue, r.Overdue)).ToList();
        return EncompassSummary.Of(period.From, period.To, bySetting, rule);
    }

    /// <summary>Settings not subscribed, with the children attending them named in notices in the period, and children with no known setting.</summary>
    public async Task<EncompassGaps> GapsAsync(ReportingPeriod period, DisclosureControl rule, CancellationToken ct)
    {
        var (start, end) = (period.Start, period.End);
        var children = db.NoticeChildren.AsNoTracking().Where(x => x.IncidentAt >= start && x.IncidentAt < end).Select(x => x.SubjectId).Distinct();
        var unsubscribed = await db.Settings.AsNoTracking().Where(s => !s.SubscribedToEncompass && s.RetiredOn == null).OrderBy(s => s.Name).ToListAsync(ct);
        var ids = unsubscribed.Select(s => s.Id).ToList();
        var counts = await db.ChildSettings.AsNoTracking().Where(l => ids.Contains(l.SettingId) && children.Contains(l.SubjectId))
            .GroupBy(l => l.SettingId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var unlinked = await children.CountAsync(s => !db.ChildSettings.Any(l => l.SubjectId == s), ct);
        return new EncompassGaps(period.From, period.To,
            unsubscribed.Select(s => new EncompassGap(s.Id, s.Name, s.Phase.ToString().ToUpperInvariant(), rule.Count(counts.GetValueOrDefault(s.Id)))).ToList(),
            rule.Count(unlinked));
    }
}
