namespace Safeguarding.DomesticAbuse.Calendar;

/// <summary>A school holiday: its first and last days without school, and its name.</summary>
public sealed class SchoolHolidayPeriodInput
{
    /// <summary>The first day without school.</summary>
    public DateOnly FirstDay { get; set; }
    /// <summary>The last day without school (the same day for a single INSET day); at most 13 weeks after the first.</summary>
    public DateOnly LastDay { get; set; }
    /// <summary>e.g. "October half term".</summary>
    public string? Name { get; set; }
}
