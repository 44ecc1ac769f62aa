namespace Safeguarding.SevenMinuteBriefings.Briefings;

public sealed class SevenMinuteBriefingGraphType() : RecordGraphType<SevenMinuteBriefing>("SevenMinuteBriefing",
    "The learning from a review, written to be read to a team in seven minutes.", x => x.PublishedBy);
