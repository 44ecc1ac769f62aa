namespace Safeguarding.DomesticAbuse.Calendar;

/// <summary>
/// School days in Plymouth, per setting: Monday to Friday, except bank holidays (the shared kernel's
/// <see cref="BankHolidays"/>, with the one-off days administrators keep), the school holidays of all the city's
/// schools and the setting's own. Operation Encompass asks that a child's school hears of a domestic abuse incident
/// before the start of the child's next school day; that moment is <see cref="NextSchoolDayStart"/>. Days are reasoned
/// in UK time and the answer is a UTC instant, so clock changes are handled by <see cref="UkTime.At"/>. A date outside
/// the bank holiday calendar throws <see cref="CalendarOutOfRangeException"/>.
/// </summary>
public sealed class SchoolCalendar
{
    private readonly BankHolidays _bankHolidays;
    private readonly SchoolHolidayPeriod[] _cityWide;
    private readonly ILookup<Guid, SchoolHolidayPeriod> _bySetting;

    public SchoolCalendar(BankHolidays bankHolidays, IEnumerable<SchoolHolidayPeriod> schoolHolidays, TimeOnly startOfSchoolDay)
    {
        _bankHolidays = bankHolidays;
        var holidays = schoolHolidays.ToList();
        _cityWide = holidays.Where(h => h.SettingId is null).ToArray();
        _bySetting = holidays.Where(h => h.SettingId is not null).ToLookup(h => h.SettingId!.Value);
        StartOfSchoolDay = startOfSchoolDay;
    }

    public TimeOnly StartOfSchoolDay { get; }

    /// <summary>The school holiday <paramref name="date"/> falls in for the setting (the city's or its own), or null.</summary>
    public SchoolHolidayPeriod? HolidayOn(DateOnly date, Guid? settingId) =>
        _cityWide.FirstOrDefault(h => h.Includes(date)) ?? (settingId is { } id ? _bySetting[id].FirstOrDefault(h => h.Includes(date)) : null);

    /// <summary>Whether the setting's pupils are at school on <paramref name="date"/> (null: the city's schools, no setting's own holidays).</summary>
    public bool IsSchoolDay(DateOnly date, Guid? settingId) =>
        !_bankHolidays.IsBankHoliday(date) && !BankHolidayRules.IsWeekend(date) && HolidayOn(date, settingId) is null;

    /// <summary>
    /// The start of the first school day of the setting that begins after <paramref name="incidentAt"/>: an incident on
    /// a Friday evening gives Monday at the start of day; before a bank holiday Monday, Tuesday; in a school holiday, or
    /// on the evening before one, the first day back. An incident on a school day before the start of day (07:00, say)
    /// gives that same day's start: the child arrives at school that morning, so the school must know by then. An
    /// incident at or after the start of day gives the next school day.
    /// </summary>
    public DateTimeOffset NextSchoolDayStart(DateTimeOffset incidentAt, Guid? settingId)
    {
        var local = UkTime.ToUk(incidentAt);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (!(IsSchoolDay(day, settingId) && TimeOnly.FromDateTime(local.DateTime) < StartOfSchoolDay))
        {
            do day = day.AddDays(1);
            while (!IsSchoolDay(day, settingId));
        }
        return UkTime.At(day, StartOfSchoolDay);
    }
}
