namespace Safeguarding.SevenMinuteBriefings.Contracts;

/// <summary>A seven-minute briefing was published: its id, title and the day. Never a child's identity.</summary>
public sealed record SevenMinuteBriefingPublished(Guid BriefingId, string Title, DateOnly PublishedOn) : IntegrationEvent;
