namespace Safeguarding.Host.Platform;

/// <summary>Administrators add and remove one-off bank holidays; each change is audited and counts at once on this instance.</summary>
public sealed class BankHolidayReferenceData(PlatformDbContext db, PlatformBankHolidayCalendar calendar, IAuditLog audit, TimeProvider clock)
{
    public async Task<BankHoliday> AddAsync(DateOnly date, string? name, DateOnly? replaces, string actor, CancellationToken ct)
    {
        var day = OneOffBankHolidayRecord.Add(date, name, replaces, await calendar.ReadAsync(ct), actor, clock.GetUtcNow());
        db.OneOffBankHolidays.Add(day);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (BulkInsert.IsWriteConflict(e))
        {
            // The date (the key) or the day it moves (a unique index) was stored by another request first.
            throw DomainException.Conflict($"{date:dddd d MMMM yyyy}, or the day it moves, was recorded by someone else at the same time. Look at the bank holidays again.");
        }
        calendar.Invalidate();
        await audit.RecordAsync(new AuditEntry(actor, AuditActions.BankHolidayAdded,
            Detail: $"{day.Date:yyyy-MM-dd} {day.Name}" + (day.Replaces is { } moved ? $" (replaces {moved:yyyy-MM-dd})" : "")), ct);
        return day.ToBankHoliday();
    }

    public async Task<BankHoliday> RemoveAsync(DateOnly date, string actor, CancellationToken ct)
    {
        if (!BankHolidays.Covers(date))
            throw DomainException.Invalid("date", $"The date must be between {BankHolidays.FirstYear} and {BankHolidays.LastYear}.");
        var day = await db.OneOffBankHolidays.FirstOrDefaultAsync(d => d.Date == date, ct)
            ?? throw new DomainException(ErrorCodes.NotFound, $"There is no one-off bank holiday on {date:dddd d MMMM yyyy}; the days the rules give cannot be removed.");
        db.OneOffBankHolidays.Remove(day);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(ErrorCodes.NotFound, $"The one-off bank holiday on {date:dddd d MMMM yyyy} was removed by someone else at the same time.");
        }
        calendar.Invalidate();
        await audit.RecordAsync(new AuditEntry(actor, AuditActions.BankHolidayRemoved, Detail: $"{day.Date:yyyy-MM-dd} {day.Name}"), ct);
        return day.ToBankHoliday();
    }
}
