using Safeguarding.SevenMinuteBriefings.Briefings;
using Safeguarding.SevenMinuteBriefings.Persistence;

namespace Safeguarding.SevenMinuteBriefings.DemoData;

/// <summary>One briefing, on the learning the partnership's annual report draws from its rapid reviews.</summary>
public static class SevenMinuteBriefingSeed
{
    public static void Write(SevenMinuteBriefingsDbContext db, DateOnly today)
    {
        var (briefing, published) = SevenMinuteBriefing.Publish(new PublishSevenMinuteBriefingInput
        {
            Title = "Professional curiosity",
            Learning = "Ask, and ask again: look behind what a family says and check it with the other agencies that know the child.",
            PublishedOn = today,
        }, "Demo data", today);
        db.Briefings.Add(briefing);
        db.Publish(published);
    }
}
