namespace Safeguarding.SevenMinuteBriefings.Briefings;

public sealed class PublishSevenMinuteBriefingInputType : RecordInputGraphType<PublishSevenMinuteBriefingInput>
{
    public PublishSevenMinuteBriefingInputType() : base("PublishSevenMinuteBriefingInput")
    {
        Required(x => x.Title, x => x.Learning);
    }
}
