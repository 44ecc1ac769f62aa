using Safeguarding.DomesticAbuse.Persistence;

namespace Safeguarding.DomesticAbuse;

/// <summary>Domestic abuse's part of a child's chronology: the incidents of the Public Protection Notices that name them,
/// and the Operation Encompass notifications to their school, sent and acknowledged.</summary>
internal sealed class DomesticAbuseChronology(DomesticAbuseDbContext db) : IChronologySource
{
    public async Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(IReadOnlyCollection<SubjectId> child, CancellationToken ct)
    {
        var ids = child.Select(c => c.Value).ToList();
        var notices = await db.NoticeChildren.AsNoTracking().Where(c => ids.Contains(c.SubjectId))
            .Join(db.Notices, c => c.NoticeId, n => n.Id, (c, n) => new { c.SubjectId, n.IncidentAt, n.ReportingAgency, n.PoliceReference, n.RecordedBy })
            .ToListAsync(ct);
        var notifications = await db.EncompassNotifications.AsNoTracking().Where(n => ids.Contains(n.SubjectId)).ToListAsync(ct);
        var entries = new List<ChronologyEntry>();
        foreach (var n in notices)
            entries.Add(new(n.IncidentAt, $"Domestic abuse incident: Public Protection Notice {n.PoliceReference}", n.ReportingAgency, n.RecordedBy, new SubjectId(n.SubjectId)));
        foreach (var n in notifications)
        {
            var subject = new SubjectId(n.SubjectId);
            entries.Add(new(n.SentAt, $"Operation Encompass notification sent to {n.SettingName}", null, null, subject));
            if (n.AcknowledgedAt is { } acknowledged)
                entries.Add(new(acknowledged, $"Operation Encompass notification acknowledged by {n.SettingName}", null, n.AcknowledgedBy, subject));
        }
        return entries;
    }
}
