namespace Safeguarding.Adolescents.Briefing;

/// <param name="Id">Set once published.</param>
/// <param name="ResponsesDueFromPreviousDay">Responses agreed on the previous day's published briefing.</param>
/// <param name="ResponsesDoneFromPreviousDay">Of those, how many were done by the end of this briefing's day.</param>
public sealed record BriefingView(
    Guid? Id, DateOnly Date, DateTimeOffset AsOf, bool Published, DateTimeOffset? PublishedAt, IReadOnlyList<BriefingEntryView> Entries,
    int ResponsesDueFromPreviousDay, int ResponsesDoneFromPreviousDay)
{
    public int Count(BriefingReason reason) => Entries.Count(e => e.ReasonCodes.Contains(reason.ToString()));
}
