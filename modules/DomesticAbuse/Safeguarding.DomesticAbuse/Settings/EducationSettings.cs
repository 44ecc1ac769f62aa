using Safeguarding.DomesticAbuse.Persistence;

namespace Safeguarding.DomesticAbuse.Settings;

/// <summary>
/// Keeps the schools and early years settings (reference data) and the setting each registered child attends. A name
/// taken by another setting is answered CONFLICT here; the unique index on the name's key holds it against a race.
/// </summary>
public sealed class EducationSettings(DomesticAbuseDbContext db, ISubjectRegistry registry, TimeProvider clock)
{
    /// <summary>By name; retired settings only when <paramref name="includeRetired"/>.</summary>
    public async Task<IReadOnlyList<EducationSetting>> ListAsync(bool? subscribedToEncompass, bool includeRetired, CancellationToken ct)
    {
        var query = db.Settings.AsNoTracking();
        if (subscribedToEncompass is { } subscribed) query = query.Where(s => s.SubscribedToEncompass == subscribed);
        if (!includeRetired) query = query.Where(s => s.RetiredOn == null);
        return await query.OrderBy(s => s.Name).ToListAsync(ct);
    }

    public async Task<EducationSetting> RecordAsync(EducationSettingInput input, CancellationToken ct)
    {
        var setting = EducationSetting.Register(Guid.NewGuid(), input.Name, input.Phase, input.SubscribedToEncompass, input.KeyAdult);
        await RequireNameFreeAsync(setting, ct);
        db.Settings.Add(setting);
        await db.SaveChangesAsync(ct);
        return setting;
    }

    public async Task<EducationSetting> RenameAsync(string? settingId, string? name, CancellationToken ct)
    {
        var setting = await TrackedAsync(settingId, ct);
        setting.Rename(name);
        await RequireNameFreeAsync(setting, ct);
        await db.SaveChangesAsync(ct);
        return setting;
    }

    /// <summary>The setting closed or left on <paramref name="retiredOn"/> (default today).</summary>
    public async Task<EducationSetting> RetireAsync(string? settingId, DateOnly? retiredOn, CancellationToken ct)
    {
        var today = clock.Today();
        var setting = await TrackedAsync(settingId, ct);
        setting.Retire(retiredOn ?? today, today);
        await db.SaveChangesAsync(ct);
        return setting;
    }

    public async Task<EducationSetting> SetSubscriptionAsync(string? settingId, bool subscribed, CancellationToken ct)
    {
        var setting = await TrackedAsync(settingId, ct);
        setting.SetSubscription(subscribed);
        await db.SaveChangesAsync(ct);
        return setting;
    }

    /// <summary>
    /// The registered child attends the (open) setting from now on, replacing any earlier one; the child is enrolled with
    /// the module once the link is saved, as for a child first named in a notice.
    /// </summary>
    public async Task<EducationSetting> LinkChildAsync(string? subjectIdText, string? settingIdText, CancellationToken ct)
    {
        var check = new InputCheck();
        var subjectId = check.ParseId(subjectIdText, "subjectId", "The child's subject id");
        var settingId = check.ParseId(settingIdText, "settingId", "The setting");
        check.ThrowIfInvalid();
        var setting = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == settingId, ct) ?? throw DomainException.NotFound("education setting", settingId);
        setting.RequireCurrent("settingId");
        await registry.RequireChildAsync(subjectId, ct);
        var now = clock.GetUtcNow();
        var link = await db.ChildSettings.FirstOrDefaultAsync(l => l.SubjectId == subjectId, ct);
        if (link is null) db.ChildSettings.Add(ChildSetting.Link(subjectId, setting, now));
        else link.MoveTo(setting, now);
        await db.SaveChangesAsync(ct);
        await registry.EnrolAsync(new SubjectId(subjectId), DomesticAbuseModule.ModuleName, ct);
        return setting;
    }

    private async Task<EducationSetting> TrackedAsync(string? settingIdText, CancellationToken ct)
    {
        var id = InputCheck.Id(settingIdText, "settingId", "The setting");
        return await db.Settings.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw DomainException.NotFound("education setting", id);
    }

    /// <summary>The friendly answer for the usual case; the unique index on the name's key holds it against a race.</summary>
    private async Task RequireNameFreeAsync(EducationSetting setting, CancellationToken ct)
    {
        var taken = await db.Settings.AsNoTracking().Where(s => s.NameKey == setting.NameKey && s.Id != setting.Id).Select(s => s.Name).FirstOrDefaultAsync(ct);
        if (taken is not null) throw DomainException.Conflict(EducationSetting.NameTaken(taken));
    }
}
