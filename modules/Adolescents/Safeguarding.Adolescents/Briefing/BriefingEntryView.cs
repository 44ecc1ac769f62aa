namespace Safeguarding.Adolescents.Briefing;

/// <param name="Id">Set once the briefing is published; responses are agreed against it.</param>
/// <param name="Reasons">The reasons in plain words.</param>
/// <param name="Response">The response agreed for this entry.</param>
/// <param name="Rank">The entry's place in the briefing, from 1.</param>
/// <param name="ReasonCodes">Why the young person is in the briefing, as reason codes.</param>
/// <param name="Score">How much concern the reasons add up to; the briefing lists the highest first.</param>
public sealed record BriefingEntryView(
    Guid? Id, int Rank, Guid SubjectId, int Score, IReadOnlyList<string> ReasonCodes, IReadOnlyList<string> Reasons,
    AgreedResponse? Response, PreviousResponseView? PreviousResponse);
