namespace Safeguarding.SevenMinuteBriefings.Briefings;

public sealed class PublishSevenMinuteBriefingInput
{
    public string? Title { get; set; }
    public string? Learning { get; set; }
    public DateOnly PublishedOn { get; set; }
}
