namespace Safeguarding.DomesticAbuse.Calendar;

/// <summary>Operation Encompass settings, section <c>DomesticAbuse:Encompass</c>. School holidays are reference data (<see cref="SchoolHolidayPeriod"/>), not settings.</summary>
public sealed class EncompassOptions
{
    public const string Section = "DomesticAbuse:Encompass";

    /// <summary>When the school day starts (UK time): the deadline for telling the school is this time on the next school day.</summary>
    public TimeOnly StartOfSchoolDay { get; set; } = new(8, 30);
}
