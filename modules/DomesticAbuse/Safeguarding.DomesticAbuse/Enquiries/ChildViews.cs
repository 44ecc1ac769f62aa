using Safeguarding.DomesticAbuse.Notices;
using Safeguarding.DomesticAbuse.Persistence;

namespace Safeguarding.DomesticAbuse.Enquiries;

/// <summary>What the Domestic Abuse module holds on one child, for the working group.</summary>
public sealed class ChildViews(DomesticAbuseDbContext db, HospitalAlerts alerts)
{
    /// <summary>The most notices, and notifications, shown on a child; most recent first.</summary>
    public const int MaxShown = 100;

    public async Task<ChildView> OfAsync(Guid subjectId, CancellationToken ct)
    {
        var alert = await alerts.ActiveAsync(subjectId, ct);
        var settingId = await db.ChildSettings.AsNoTracking().Where(l => l.SubjectId == subjectId).Select(l => (Guid?)l.SettingId).FirstOrDefaultAsync(ct);
        var setting = settingId is null ? null : await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == settingId, ct);
        var notices = await ProtectionNotices.WithPeople(db).Where(n => n.Children.Any(x => x.SubjectId == subjectId)).OrderByDescending(n => n.IncidentAt).Take(MaxShown).ToListAsync(ct);
        var notifications = await db.EncompassNotifications.AsNoTracking().Where(n => n.SubjectId == subjectId).OrderByDescending(n => n.DeadlineAt).Take(MaxShown).ToListAsync(ct);
        return new ChildView(subjectId, alert, setting, notices, notifications);
    }
}
