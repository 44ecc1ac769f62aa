namespace Safeguarding.Governance.Bodies;

/// <summary>A decision a meeting made, numbered in the order of the minutes.</summary>
public sealed class Decision
{
    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    /// <summary>The decision's number in the meeting's minutes.</summary>
    public int Number { get; set; }
    /// <summary>What was decided, as minuted.</summary>
    public string Text { get; set; } = "";
}
