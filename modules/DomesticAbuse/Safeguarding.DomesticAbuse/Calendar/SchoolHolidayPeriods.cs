using Safeguarding.DomesticAbuse.Persistence;

namespace Safeguarding.DomesticAbuse.Calendar;

/// <summary>
/// Records, changes and removes school holidays. Writers take turns (<see cref="BulkInsert.TakeTurnAsync"/>) and check
/// for an overlapping period inside the same transaction, so two requests sent at once cannot both store overlapping
/// holidays for the same schools: the second sees the first and is answered CONFLICT. Each change is audited.
/// A change counts for notifications sent from then on; deadlines already given stay as they are.
/// </summary>
public sealed class SchoolHolidayPeriods(DomesticAbuseDbContext db, IAuditLog audit, TimeProvider clock)
{
    private const string Writers = "school-holiday-periods";

    /// <summary>
    /// By first day, the earliest first, a page at a time: with a setting, those its pupils have (the city's schools' and
    /// its own); with <paramref name="from"/> or <paramref name="to"/>, those overlapping that period.
    /// </summary>
    public async Task<Page<SchoolHolidayPeriod>> ListAsync(string? settingIdText, DateOnly? from, DateOnly? to, PageRequest page, CancellationToken ct)
    {
        var check = new InputCheck();
        Guid? settingId = settingIdText is null ? null : check.ParseId(settingIdText, "settingId", "The setting");
        check.Require(from is null || to is null || from <= to, "to", "The end of the period cannot be before its start.").ThrowIfInvalid();
        var query = db.SchoolHolidayPeriods.AsNoTracking();
        if (settingId is { } id) query = query.Where(h => h.SettingId == null || h.SettingId == id);
        if (from is { } start) query = query.Where(h => h.LastDay >= start);
        if (to is { } end) query = query.Where(h => h.FirstDay <= end);
        return await query.PageOldestFirstAsync(page, h => h.FirstDay, h => h.Id, ct);
    }

    public async Task<SchoolHolidayPeriod> RecordAsync(Guid? settingId, DateOnly firstDay, DateOnly lastDay, string? name, string actor, CancellationToken ct)
    {
        SchoolHolidayPeriod.Check(firstDay, lastDay, name);
        if (settingId is { } id && !await db.Settings.AnyAsync(s => s.Id == id, ct)) throw DomainException.NotFound("education setting", id);
        var period = await WriteAsync(async () =>
        {
            var recorded = SchoolHolidayPeriod.Record(settingId, firstDay, lastDay, name, await SameSchoolsAsync(settingId, firstDay, lastDay, ct), actor, clock.GetUtcNow());
            db.SchoolHolidayPeriods.Add(recorded);
            return recorded;
        }, ct);
        await AuditAsync(actor, AuditActions.SchoolHolidayRecorded, period, ct);
        return period;
    }

    public async Task<SchoolHolidayPeriod> ChangeAsync(Guid id, DateOnly firstDay, DateOnly lastDay, string? name, string actor, CancellationToken ct)
    {
        SchoolHolidayPeriod.Check(firstDay, lastDay, name);
        var period = await WriteAsync(async () =>
        {
            var held = await FindAsync(id, ct);
            held.Change(firstDay, lastDay, name, await SameSchoolsAsync(held.SettingId, firstDay, lastDay, ct), actor, clock.GetUtcNow());
            return held;
        }, ct);
        await AuditAsync(actor, AuditActions.SchoolHolidayChanged, period, ct);
        return period;
    }

    public async Task<SchoolHolidayPeriod> RemoveAsync(Guid id, string actor, CancellationToken ct)
    {
        var period = await WriteAsync(async () =>
        {
            var held = await FindAsync(id, ct);
            db.SchoolHolidayPeriods.Remove(held);
            return held;
        }, ct);
        await AuditAsync(actor, AuditActions.SchoolHolidayRemoved, period, ct);
        return period;
    }

    /// <summary>One transaction in which this writer has its turn: the reads inside see every period committed before.</summary>
    private async Task<SchoolHolidayPeriod> WriteAsync(Func<Task<SchoolHolidayPeriod>> change, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.TakeTurnAsync(Writers, ct);
        var period = await change();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return period;
    }

    private async Task<SchoolHolidayPeriod> FindAsync(Guid id, CancellationToken ct) =>
        await db.SchoolHolidayPeriods.FirstOrDefaultAsync(h => h.Id == id, ct) ?? throw DomainException.NotFound("school holiday", id);

    private async Task<List<SchoolHolidayPeriod>> SameSchoolsAsync(Guid? settingId, DateOnly firstDay, DateOnly lastDay, CancellationToken ct) =>
        await db.SchoolHolidayPeriods.AsNoTracking()
            .Where(h => h.SettingId == settingId && h.FirstDay <= lastDay && firstDay <= h.LastDay).ToListAsync(ct);

    private Task AuditAsync(string actor, string action, SchoolHolidayPeriod period, CancellationToken ct) =>
        audit.RecordAsync(new AuditEntry(actor, action, Module: DomesticAbuseModule.ModuleName,
            Detail: $"{period} for {(period.SettingId is { } setting ? "setting " + setting : "all the city's schools")}"), ct);
}
