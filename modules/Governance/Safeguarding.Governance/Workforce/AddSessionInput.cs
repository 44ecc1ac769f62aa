namespace Safeguarding.Governance.Workforce;

public sealed class AddSessionInput
{
    /// <summary>The course's title; a new title starts a new course.</summary>
    public string? Course { get; set; }
    /// <summary>The UK day it was held.</summary>
    public DateOnly HeldOn { get; set; }
    /// <summary>Attendees per agency.</summary>
    public List<AttendanceInput>? Attendance { get; set; }
}
