namespace Safeguarding.Adolescents.Briefing;

/// <summary>The previous day's response for a young person carried over to this briefing, and whether it was done by the end of this briefing's day.</summary>
/// <param name="Done">Done by the end of this briefing's day.</param>
/// <param name="Response">The response agreed the day before.</param>
public sealed record PreviousResponseView(AgreedResponse Response, bool Done);
