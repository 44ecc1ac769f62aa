namespace Safeguarding.Governance.Workforce;

public sealed class AttendanceInput
{
    /// <summary>The agency, by its id.</summary>
    public string? PartnerId { get; set; }
    /// <summary>How many people from the agency attended.</summary>
    public int Attendees { get; set; }
}
