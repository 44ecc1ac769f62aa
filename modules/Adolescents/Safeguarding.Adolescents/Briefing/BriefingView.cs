namespace Safeguarding.Adolescents.Briefing;

public sealed record BriefingView(
    Guid? Id, DateOnly Date, DateTimeOffset AsOf, bool Published, DateTimeOffset? PublishedAt, IReadOnlyList<BriefingEntryView> Entries,
    int ResponsesDueFromPreviousDay, int ResponsesDoneFromPreviousDay)
{
    public int Count(BriefingReason reason) => Entries.Count(e => e.ReasonCodes.Contains(reason.ToString()));
}
