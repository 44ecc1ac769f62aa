namespace Safeguarding.Adolescents.Briefing;

/// <param name="Id">Set once published.</param>
/// <param name="ResponsesDueFromPreviousDay">Responses agreed on the previous day's published briefing.</param>
/// <param name="ResponsesDoneFromPreviousDay">Of those, how many were done by the end of this briefing's day.</param>
/// <param name="Date">The UK day the briefing is for.</param>
/// <param name="Entries">The young people of most concern, by rank, with the reasons.</param>
/// <param name="Published">Whether the briefing was published, or generated now.</param>
/// <param name="PublishedAt">When it was published; null when generated now.</param>
public sealed record BriefingView(
    Guid? Id, DateOnly Date, DateTimeOffset AsOf, bool Published, DateTimeOffset? PublishedAt, IReadOnlyList<BriefingEntryView> Entries,
    int ResponsesDueFromPreviousDay, int ResponsesDoneFromPreviousDay)
{
    public int Count(BriefingReason reason) => Entries.Count(e => e.ReasonCodes.Contains(reason.ToString()));
}
