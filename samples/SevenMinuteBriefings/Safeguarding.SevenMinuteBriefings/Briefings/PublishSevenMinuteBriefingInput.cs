namespace Safeguarding.SevenMinuteBriefings.Briefings;

public sealed class PublishSevenMinuteBriefingInput
{
    public string? Title { get; set; }
    public string? Learning { get; set; }
    /// <summary>The day it was published: today or earlier.</summary>
    public DateOnly PublishedOn { get; set; }
}
