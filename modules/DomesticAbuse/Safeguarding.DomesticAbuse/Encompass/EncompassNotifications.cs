using System.Security.Claims;
using Safeguarding.DomesticAbuse.Persistence;

namespace Safeguarding.DomesticAbuse.Encompass;

/// <summary>
/// Operation Encompass notifications as the working group and each school's key adult see them (<see cref="KeyAdults"/>),
/// and their acknowledgement by the key adult.
/// </summary>
public sealed class EncompassNotifications(DomesticAbuseDbContext db, TimeProvider clock)
{
    /// <summary>Most recent deadline first, a page at a time: of the setting asked for, unacknowledged only if asked, for incidents on UK days from and to.</summary>
    public async Task<Page<EncompassNotification>> ListAsync(ClaimsPrincipal user, string? settingId, bool unacknowledgedOnly,
        DateOnly? from, DateOnly? to, PageRequest page, CancellationToken ct)
    {
        var query = Visible(user, settingId);
        if (unacknowledgedOnly) query = query.Where(n => n.AcknowledgedAt == null);
        if (from is { } first) { var at = UkTime.At(first, TimeOnly.MinValue); query = query.Where(n => n.IncidentAt >= at); }
        if (to is { } last) { var at = UkTime.At(last.AddDays(1), TimeOnly.MinValue); query = query.Where(n => n.IncidentAt < at); }
        return await query.PageNewestFirstAsync(page, n => n.DeadlineAt, n => n.Id, ct);
    }

    /// <summary>Not acknowledged by their deadline, the longest overdue first, a page at a time.</summary>
    public async Task<Page<EncompassNotification>> OverdueAsync(ClaimsPrincipal user, string? settingId, PageRequest page, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await Visible(user, settingId).Where(n => n.AcknowledgedAt == null && n.DeadlineAt <= now)
            .PageOldestFirstAsync(page, n => n.DeadlineAt, n => n.Id, ct);
    }

    /// <summary>The school's key adult (of <paramref name="keyAdultSetting"/>, null for anyone else) acknowledges a notification for their setting.</summary>
    public async Task<EncompassNotification> AcknowledgeAsync(string? notificationId, Guid? keyAdultSetting, string actor, CancellationToken ct)
    {
        var id = InputCheck.Id(notificationId, "notificationId", "The notification");
        var own = keyAdultSetting ?? throw DomainException.Forbidden("Only the school's key adult acknowledges an Operation Encompass notification.");
        var notification = await db.EncompassNotifications.FirstOrDefaultAsync(x => x.Id == id, ct)
                           ?? throw DomainException.NotFound("Operation Encompass notification for your setting", id);
        db.Publish(notification.Acknowledge(own, clock.GetUtcNow(), actor));
        await db.SaveChangesAsync(ct);
        return notification;
    }

    private IQueryable<EncompassNotification> Visible(ClaimsPrincipal user, string? settingId)
    {
        var check = new InputCheck();
        Guid? requested = settingId is null ? null : check.ParseId(settingId, "settingId", "The setting");
        check.ThrowIfInvalid();
        var query = db.EncompassNotifications.AsNoTracking();
        return KeyAdults.ScopeFor(user, requested) is { } setting ? query.Where(n => n.SettingId == setting) : query;
    }
}
