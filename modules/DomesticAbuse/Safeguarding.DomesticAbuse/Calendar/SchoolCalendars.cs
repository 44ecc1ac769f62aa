using Microsoft.Extensions.Options;
using Safeguarding.DomesticAbuse.Persistence;

namespace Safeguarding.DomesticAbuse.Calendar;

/// <summary>Builds the school calendar from the bank holidays as they stand and the school holidays held in this module.</summary>
public sealed class SchoolCalendars(DomesticAbuseDbContext db, IBankHolidayCalendar bankHolidays, IOptions<EncompassOptions> options)
{
    /// <summary>The calendar for deadlines of incidents on or after <paramref name="from"/>: only holidays ending on or after it are read.</summary>
    public async Task<SchoolCalendar> FromAsync(DateOnly from, CancellationToken ct)
    {
        var holidays = await db.SchoolHolidayPeriods.AsNoTracking().Where(h => h.LastDay >= from).ToListAsync(ct);
        return new SchoolCalendar(await bankHolidays.CurrentAsync(ct), holidays, options.Value.StartOfSchoolDay);
    }
}
