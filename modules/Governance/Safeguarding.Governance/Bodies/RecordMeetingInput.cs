namespace Safeguarding.Governance.Bodies;

public sealed class RecordMeetingInput
{
    /// <summary>The body that met, by its id.</summary>
    public string? BodyId { get; set; }
    /// <summary>The UK day of the meeting.</summary>
    public DateOnly HeldOn { get; set; }
    /// <summary>A summary of the meeting.</summary>
    public string? Summary { get; set; }
    public List<string>? Decisions { get; set; }
    public List<MeetingAttendanceInput>? Attendance { get; set; }
}
