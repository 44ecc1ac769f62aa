namespace Safeguarding.SevenMinuteBriefings.Briefings;

public sealed class PublishSevenMinuteBriefingInputType() : RecordInputGraphType<PublishSevenMinuteBriefingInput>("PublishSevenMinuteBriefingInput");
