namespace Safeguarding.SevenMinuteBriefings.Briefings;

public sealed class PublishSevenMinuteBriefingInputType : RecordInputGraphType<PublishSevenMinuteBriefingInput>
{
    public PublishSevenMinuteBriefingInputType() : base("PublishSevenMinuteBriefingInput") =>
        Describe(x => x.PublishedOn, "The day it was published: today or earlier.");
}
