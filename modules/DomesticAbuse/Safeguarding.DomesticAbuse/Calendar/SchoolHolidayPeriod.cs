namespace Safeguarding.DomesticAbuse.Calendar;

/// <summary>
/// A school holiday (a half term, the summer holiday, an INSET day): the first and last day, both included, for one
/// education setting or for all the city's schools. No school day falls in it, so an Operation Encompass notification
/// arriving in it, or on the evening before it, is due at the start of the first day back. Reference data kept by
/// administrators; two periods of the same schools may not overlap (one day is in one holiday), while a setting's own
/// period may overlap the city's (an academy that breaks up a day earlier).
/// </summary>
public sealed class SchoolHolidayPeriod
{
    /// <summary>Thirteen weeks: longer than any school holiday, so a mistyped year is caught.</summary>
    public const int LongestDays = 91;
    public const int MaxNameLength = 100;

    private SchoolHolidayPeriod() { }

    public Guid Id { get; private set; }
    /// <summary>The setting whose holiday this is; null for all the city's schools.</summary>
    public Guid? SettingId { get; private set; }
    /// <summary>The holiday's first day.</summary>
    public DateOnly FirstDay { get; private set; }
    /// <summary>The holiday's last day.</summary>
    public DateOnly LastDay { get; private set; }
    /// <summary>e.g. "October half term".</summary>
    public string Name { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>A new holiday for <paramref name="settingId"/> (null: every school), given the periods already held for the same schools.</summary>
    public static SchoolHolidayPeriod Record(Guid? settingId, DateOnly firstDay, DateOnly lastDay, string? name, IEnumerable<SchoolHolidayPeriod> sameSchools,
        string recordedBy, DateTimeOffset at)
    {
        var period = new SchoolHolidayPeriod { Id = Guid.NewGuid(), SettingId = settingId };
        period.Set(firstDay, lastDay, name, sameSchools, recordedBy, at);
        return period;
    }

    /// <summary>New dates or a new name; the schools it is for stay the same.</summary>
    public void Change(DateOnly firstDay, DateOnly lastDay, string? name, IEnumerable<SchoolHolidayPeriod> sameSchools, string changedBy, DateTimeOffset at) =>
        Set(firstDay, lastDay, name, sameSchools, changedBy, at);

    /// <summary>Checks the dates and name alone (VALIDATION): before anything is read or written.</summary>
    public static void Check(DateOnly firstDay, DateOnly lastDay, string? name)
    {
        var range = $"between {BankHolidays.FirstYear} and {BankHolidays.LastYear}";
        var check = new InputCheck()
            .RequireText(name, "name", "The holiday's name", MaxNameLength)
            .Require(BankHolidays.Covers(firstDay), "firstDay", $"The first day must be {range}.")
            .Require(BankHolidays.Covers(lastDay), "lastDay", $"The last day must be {range}.");
        if (BankHolidays.Covers(firstDay) && BankHolidays.Covers(lastDay))
            check.Require(lastDay >= firstDay, "lastDay", "The last day cannot be before the first.")
                .Require(lastDay.DayNumber - firstDay.DayNumber < LongestDays, "lastDay", $"A school holiday lasts at most {LongestDays / 7} weeks; check the year of each date.");
        check.ThrowIfInvalid();
    }

    public bool Includes(DateOnly date) => date >= FirstDay && date <= LastDay;

    public bool Overlaps(DateOnly firstDay, DateOnly lastDay) => FirstDay <= lastDay && firstDay <= LastDay;

    public override string ToString() => $"{Name} ({FirstDay:d MMMM yyyy} to {LastDay:d MMMM yyyy})";

    private void Set(DateOnly firstDay, DateOnly lastDay, string? name, IEnumerable<SchoolHolidayPeriod> sameSchools, string by, DateTimeOffset at)
    {
        Check(firstDay, lastDay, name);
        var overlapping = sameSchools.FirstOrDefault(p => p.Id != Id && p.SettingId == SettingId && p.Overlaps(firstDay, lastDay));
        if (overlapping is not null)
            throw DomainException.Conflict($"These dates overlap {overlapping}, already held for {(SettingId is null ? "all the city's schools" : "this setting")}. Change that holiday instead.");
        FirstDay = firstDay;
        LastDay = lastDay;
        Name = name!.Trim();
        RecordedBy = by;
        RecordedAt = at;
    }
}
