namespace Safeguarding.Adolescents.Briefing;

/// <param name="Id">Set once the briefing is published; responses are agreed against it.</param>
/// <param name="Reasons">The reasons in plain words.</param>
/// <param name="Response">The response agreed for this entry.</param>
public sealed record BriefingEntryView(
    Guid? Id, int Rank, Guid SubjectId, int Score, IReadOnlyList<string> ReasonCodes, IReadOnlyList<string> Reasons,
    AgreedResponse? Response, PreviousResponseView? PreviousResponse);
