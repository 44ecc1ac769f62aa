using Safeguarding.Adolescents.Contracts;

namespace Safeguarding.Adolescents.Briefing;

public sealed class BriefingPublicationGraphType : RecordGraphType<DailyBriefingPublished>
{
    public BriefingPublicationGraphType() : base("DailyIntelligenceBriefingPublication",
        "A Daily Intelligence Briefing just published, with its counts. Read the briefing itself with `dailyIntelligenceBriefing(date:)`.",
        x => x.EventId)
    {
        Describe(x => x.BriefingId, "The briefing published.");
        Describe(x => x.BriefingDate, "The UK day the briefing is for.");
        Describe(x => x.OccurredAt, "When it was published.");
        Describe(x => x.Entries, "Young people in the briefing.");
    }
}
