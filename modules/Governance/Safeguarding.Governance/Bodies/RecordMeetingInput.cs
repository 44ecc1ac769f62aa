namespace Safeguarding.Governance.Bodies;

public sealed class RecordMeetingInput
{
    public string? BodyId { get; set; }
    public DateOnly HeldOn { get; set; }
    public string? Summary { get; set; }
    public List<string>? Decisions { get; set; }
    public List<MeetingAttendanceInput>? Attendance { get; set; }
}
