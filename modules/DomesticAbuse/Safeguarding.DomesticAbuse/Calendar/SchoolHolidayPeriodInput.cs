namespace Safeguarding.DomesticAbuse.Calendar;

public sealed class SchoolHolidayPeriodInput
{
    public DateOnly FirstDay { get; set; }
    public DateOnly LastDay { get; set; }
    public string? Name { get; set; }
}
