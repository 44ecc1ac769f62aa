namespace Safeguarding.SharedKernel.Time;

/// <summary>
/// The bank holidays as they stand now: the rules for every year, with the one-off and moved days administrators keep
/// as reference data. The host provides it from the platform database; every module's calendar of working or school
/// days asks it, so a day an administrator adds counts everywhere without any module reading another's tables.
/// </summary>
public interface IBankHolidayCalendar
{
    /// <summary>The current bank holidays. Cached briefly: a change made on another host instance counts within seconds.</summary>
    ValueTask<BankHolidays> CurrentAsync(CancellationToken cancellationToken = default);
}
