using Safeguarding.SharedKernel.Time;

namespace Safeguarding.DomesticAbuse.Calendar;

/// <summary>A school holiday configured for the city's schools (first and last day inclusive).</summary>
public sealed class SchoolHoliday
{
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public string Name { get; set; } = "";
}

/// <summary>Operation Encompass settings, section <c>DomesticAbuse:Encompass</c>.</summary>
public sealed class EncompassOptions
{
    public const string Section = "DomesticAbuse:Encompass";

    /// <summary>When the school day starts (UK time): the deadline for telling the school is this time on the next school day.</summary>
    public TimeOnly StartOfSchoolDay { get; set; } = new(8, 30);

    /// <summary>The school holidays of the city's maintained schools and academies (term dates), beyond weekends and bank holidays.</summary>
    public List<SchoolHoliday> SchoolHolidays { get; set; } = [];
}

/// <summary>A date the school calendar has no bank holiday data for; answered as a problem rather than a guess.</summary>
public sealed class SchoolCalendarOutOfRangeException(DateOnly date, int firstYear, int lastYear)
    : Exception($"{date:d MMMM yyyy} is outside the school calendar, which covers {firstYear} to {lastYear} (England and Wales bank holidays).");

/// <summary>
/// School days in Plymouth: Monday to Friday, except England and Wales bank holidays (the shared kernel's
/// <see cref="BankHolidays"/> data) and the configured school holidays. Operation Encompass asks
/// that a child's school hears of a domestic abuse incident before the start of the next school day; that moment is
/// <see cref="NextSchoolDayStart"/>. Days are reasoned in UK time and the answer is a UTC instant, so clock changes are
/// handled by <see cref="UkTime.At"/>.
/// </summary>
public sealed class SchoolCalendar
{
    private readonly HashSet<DateOnly> _bankHolidays;
    private readonly List<SchoolHoliday> _schoolHolidays;

    public SchoolCalendar(int firstYear, int lastYear, IEnumerable<DateOnly> bankHolidays, IEnumerable<SchoolHoliday> schoolHolidays, TimeOnly startOfSchoolDay)
    {
        if (lastYear < firstYear) throw new ArgumentException("The last year comes before the first.", nameof(lastYear));
        FirstYear = firstYear;
        LastYear = lastYear;
        _bankHolidays = [.. bankHolidays];
        _schoolHolidays = schoolHolidays.ToList();
        foreach (var h in _schoolHolidays.Where(h => h.To < h.From))
            throw new ArgumentException($"The school holiday {h.Name} ends ({h.To}) before it starts ({h.From}).", nameof(schoolHolidays));
        StartOfSchoolDay = startOfSchoolDay;
    }

    /// <summary>England and Wales bank holidays with the configured school holidays and start of day.</summary>
    public static SchoolCalendar For(EncompassOptions options)
    {
        var holidays = BankHolidays.EnglandAndWales;
        return new SchoolCalendar(holidays.FirstYear, holidays.LastYear, holidays.Dates, options.SchoolHolidays, options.StartOfSchoolDay);
    }

    public int FirstYear { get; }
    public int LastYear { get; }
    public TimeOnly StartOfSchoolDay { get; }

    public bool Covers(DateOnly date) => date.Year >= FirstYear && date.Year <= LastYear;

    public bool IsSchoolDay(DateOnly date)
    {
        if (!Covers(date)) throw new SchoolCalendarOutOfRangeException(date, FirstYear, LastYear);
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
               && !_bankHolidays.Contains(date)
               && !_schoolHolidays.Any(h => date >= h.From && date <= h.To);
    }

    /// <summary>
    /// The start of the first school day that begins after <paramref name="incidentAt"/>: an incident on a Friday
    /// evening gives Monday at the start of day; before a bank holiday Monday, Tuesday; in a school holiday, the first
    /// day back. An incident on a school day before the start of day (07:00, say) gives that same day's start: the
    /// child arrives at school that morning, so the school must know by then. An incident at or after the start of day
    /// gives the next school day.
    /// </summary>
    public DateTimeOffset NextSchoolDayStart(DateTimeOffset incidentAt)
    {
        var local = UkTime.ToUk(incidentAt);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (!(IsSchoolDay(day) && TimeOnly.FromDateTime(local.DateTime) < StartOfSchoolDay))
        {
            do day = day.AddDays(1);
            while (!IsSchoolDay(day));
        }
        return UkTime.At(day, StartOfSchoolDay);
    }
}
