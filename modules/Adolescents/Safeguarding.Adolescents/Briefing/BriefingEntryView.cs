namespace Safeguarding.Adolescents.Briefing;

public sealed record BriefingEntryView(
    Guid? Id, int Rank, Guid SubjectId, int Score, IReadOnlyList<string> ReasonCodes, IReadOnlyList<string> Reasons,
    AgreedResponse? Response, PreviousResponseView? PreviousResponse);
