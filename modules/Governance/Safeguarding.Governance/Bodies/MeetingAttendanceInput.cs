namespace Safeguarding.Governance.Bodies;

public sealed class MeetingAttendanceInput
{
    /// <summary>The agency.</summary>
    public string? PartnerId { get; set; }
    /// <summary>The post that attended, e.g. "Head of Safeguarding"; never a person's name.</summary>
    public string? Role { get; set; }
}
