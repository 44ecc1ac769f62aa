using Safeguarding.Adolescents.Contracts;

namespace Safeguarding.Adolescents.Briefing;

/// <summary>A published Daily Intelligence Briefing: the young people most at risk at the end of a UK day, in priority order.</summary>
public sealed class DailyBriefing
{
    private DailyBriefing() { }

    public Guid Id { get; private set; }
    public DateOnly BriefingDate { get; private set; }
    /// <summary>The end of the briefing's day (UK time): the data the briefing was generated from.</summary>
    public DateTimeOffset AsOf { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }
    public string PublishedBy { get; private set; } = "";
    public List<BriefingEntry> Entries { get; private set; } = [];

    /// <summary>VALIDATION on <c>date</c> unless a briefing can be made for it: a day that has happened, within the last two years.</summary>
    public static DateOnly RequireBriefingDate(DateOnly date, DateOnly today)
    {
        new InputCheck().Require(date <= today, "date", $"A briefing cannot be made for a day that has not happened yet (today is {today:d MMMM yyyy}).")
            .Require(date > today.AddYears(-2), "date", "A briefing can be made for the last two years only.")
            .ThrowIfInvalid();
        return date;
    }

    /// <summary>Stores the briefing as generated (its entries and reasons) and returns the counts-only event that announces it.</summary>
    public static (DailyBriefing Briefing, DailyBriefingPublished Published) Publish(BriefingView view, DateTimeOffset now, string publishedBy)
    {
        var briefing = new DailyBriefing { Id = Guid.NewGuid(), BriefingDate = view.Date, AsOf = view.AsOf, PublishedAt = now, PublishedBy = publishedBy };
        briefing.Entries.AddRange(view.Entries.Select(e => BriefingEntry.Of(briefing.Id, e)));
        var published = new DailyBriefingPublished(briefing.Id, view.Date, view.Entries.Count,
            view.Count(BriefingReason.NewMissingEpisode), view.Count(BriefingReason.MissingNow), view.Count(BriefingReason.InCustody),
            view.Count(BriefingReason.ExploitationRising), view.Count(BriefingReason.RepeatMissing),
            view.ResponsesDueFromPreviousDay, view.ResponsesDoneFromPreviousDay);
        return (briefing, published);
    }

    /// <summary>How many of the entries have <paramref name="reason"/>.</summary>
    public int Count(BriefingReason reason) => Entries.Count(e => e.ReasonCodes.Contains(reason.ToString()));
}
