namespace Safeguarding.Governance.Bodies;

/// <summary>One line of a meeting's attendance as given: the agency and the post that attended.</summary>
public sealed record MeetingAttendee(Guid PartnerId, string? Role);
