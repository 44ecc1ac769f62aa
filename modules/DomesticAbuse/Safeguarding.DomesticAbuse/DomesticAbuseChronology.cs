using Safeguarding.DomesticAbuse.Encompass;
using Safeguarding.DomesticAbuse.Persistence;

namespace Safeguarding.DomesticAbuse;

/// <summary>Domestic abuse's part of a child's chronology: the incidents of the Public Protection Notices that name them,
/// and the Operation Encompass notifications to their school, sent and acknowledged.</summary>
internal sealed class DomesticAbuseChronology(DomesticAbuseDbContext db) : ModuleChronology
{
    private sealed record NoticeOfChild(Guid SubjectId, DateTimeOffset IncidentAt, string ReportingAgency, string PoliceReference, string RecordedBy);

    protected override IEnumerable<Table> Tables(IReadOnlyList<Guid> child) =>
    [
        From(db.NoticeChildren.Where(c => child.Contains(c.SubjectId))
                .Join(db.Notices, c => c.NoticeId, n => n.Id, (c, n) => new NoticeOfChild(c.SubjectId, n.IncidentAt, n.ReportingAgency, n.PoliceReference, n.RecordedBy)),
            n => [new(n.IncidentAt, $"Domestic abuse incident: Public Protection Notice {n.PoliceReference}", n.ReportingAgency, n.RecordedBy, new SubjectId(n.SubjectId))]),
        From(db.EncompassNotifications.Where(n => child.Contains(n.SubjectId)), NotificationEntries),
    ];

    private static IEnumerable<ChronologyEntry> NotificationEntries(EncompassNotification n)
    {
        yield return new(n.SentAt, $"Operation Encompass notification sent to {n.SettingName}", null, null, new SubjectId(n.SubjectId));
        if (n.AcknowledgedAt is { } acknowledged)
            yield return new(acknowledged, $"Operation Encompass notification acknowledged by {n.SettingName}", null, n.AcknowledgedBy, new SubjectId(n.SubjectId));
    }
}
