namespace Safeguarding.Governance.Bodies;

/// <summary>A decision a meeting made, numbered in the order of the minutes.</summary>
public sealed class Decision
{
    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    public int Number { get; set; }
    public string Text { get; set; } = "";
}
