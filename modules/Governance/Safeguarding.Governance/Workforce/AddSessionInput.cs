namespace Safeguarding.Governance.Workforce;

public sealed class AddSessionInput
{
    public string? Course { get; set; }
    public DateOnly HeldOn { get; set; }
    public List<AttendanceInput>? Attendance { get; set; }
}
