namespace Safeguarding.Governance.Workforce;

public sealed class AttendanceInput
{
    public string? PartnerId { get; set; }
    public int Attendees { get; set; }
}
