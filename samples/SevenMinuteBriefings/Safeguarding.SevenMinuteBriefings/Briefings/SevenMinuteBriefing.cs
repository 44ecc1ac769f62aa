using Safeguarding.SevenMinuteBriefings.Contracts;

namespace Safeguarding.SevenMinuteBriefings.Briefings;

/// <summary>
/// A seven-minute briefing: the learning from a review, written to be read to a team in seven minutes. It is published
/// once, by today, and its title is unique so practitioners can cite it.
/// </summary>
public sealed class SevenMinuteBriefing
{
    private SevenMinuteBriefing() { }

    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";
    public string Learning { get; private set; } = "";
    public DateOnly PublishedOn { get; private set; }
    public string PublishedBy { get; private set; } = "";

    /// <summary>A briefing with a title and its learning, published by today, and the event that announces it.</summary>
    public static (SevenMinuteBriefing Briefing, SevenMinuteBriefingPublished Published) Publish(PublishSevenMinuteBriefingInput input, string publishedBy, DateOnly today)
    {
        new InputCheck()
            .RequireText(input.Title, "title", "The briefing's title", 200)
            .RequireText(input.Learning, "learning", "The learning", 4000)
            .Require(input.PublishedOn <= today, "publishedOn", $"A briefing cannot be published in the future (today is {today:d MMMM yyyy}).")
            .RequireRecordable(input.PublishedOn, "publishedOn")
            .ThrowIfInvalid();
        var briefing = new SevenMinuteBriefing
        {
            Id = Guid.NewGuid(), Title = input.Title!.Trim(), Learning = input.Learning!.Trim(), PublishedOn = input.PublishedOn, PublishedBy = publishedBy,
        };
        return (briefing, new SevenMinuteBriefingPublished(briefing.Id, briefing.Title, briefing.PublishedOn));
    }
}
