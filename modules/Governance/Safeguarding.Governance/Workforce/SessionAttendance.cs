namespace Safeguarding.Governance.Workforce;

/// <summary>How many from an agency attended a session; no agency where only a total is known (the seeded workshops). Written with the session.</summary>
public sealed class SessionAttendance
{
    public Guid Id { get; init; }
    public Guid SessionId { get; init; }
    public Guid? PartnerId { get; init; }
    /// <summary>How many people from the agency attended.</summary>
    public int Attendees { get; init; }
}
