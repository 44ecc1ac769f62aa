namespace Safeguarding.Adolescents.Briefing;

/// <summary>One young person on a briefing, with the reasons in plain words.</summary>
public sealed class BriefingEntry
{
    private BriefingEntry() { }

    public Guid Id { get; private set; }
    public Guid BriefingId { get; private set; }
    public int Rank { get; private set; }
    public Guid SubjectId { get; private set; }
    public int Score { get; private set; }
    public List<string> ReasonCodes { get; private set; } = [];
    public List<string> Reasons { get; private set; } = [];

    internal static BriefingEntry Of(Guid briefingId, BriefingEntryView e) => new()
    {
        Id = Guid.NewGuid(), BriefingId = briefingId, Rank = e.Rank, SubjectId = e.SubjectId, Score = e.Score,
        ReasonCodes = e.ReasonCodes.ToList(), Reasons = e.Reasons.ToList(),
    };
}
