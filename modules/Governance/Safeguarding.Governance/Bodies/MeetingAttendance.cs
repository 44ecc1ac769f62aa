namespace Safeguarding.Governance.Bodies;

/// <summary>A post that attended a meeting, with its agency. Posts, not named people, as for seats on a body.</summary>
public sealed class MeetingAttendance
{
    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    public Guid PartnerId { get; set; }
    /// <summary>The post that attended.</summary>
    public string Role { get; set; } = "";
}
