namespace Safeguarding.Governance.Bodies;

public sealed class MeetingAttendanceInput
{
    public string? PartnerId { get; set; }
    public string? Role { get; set; }
}
