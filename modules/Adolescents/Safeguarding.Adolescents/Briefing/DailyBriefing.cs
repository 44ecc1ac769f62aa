namespace Safeguarding.Adolescents.Briefing;

/// <summary>A published Daily Intelligence Briefing: the young people most at risk at the end of a UK day, in priority order.</summary>
public sealed class DailyBriefing
{
    public Guid Id { get; set; }
    public DateOnly BriefingDate { get; set; }
    /// <summary>The end of the briefing's day (UK time): the data the briefing was generated from.</summary>
    public DateTimeOffset AsOf { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public string PublishedBy { get; set; } = "";
    public List<BriefingEntry> Entries { get; set; } = [];
}

/// <summary>One young person on a briefing, with the reasons in plain words.</summary>
public sealed class BriefingEntry
{
    public Guid Id { get; set; }
    public Guid BriefingId { get; set; }
    public int Rank { get; set; }
    public Guid SubjectId { get; set; }
    public int Score { get; set; }
    public List<string> ReasonCodes { get; set; } = [];
    public List<string> Reasons { get; set; } = [];
}

/// <summary>What the partners agreed to do about a young person on a briefing: who owns it and by when.</summary>
public sealed class AgreedResponse
{
    public Guid Id { get; set; }
    public Guid BriefingId { get; set; }
    public Guid EntryId { get; set; }
    public Guid SubjectId { get; set; }
    public string Action { get; set; } = "";
    public List<string> OwningAgencies { get; set; } = [];
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset AgreedAt { get; set; }
    public string AgreedBy { get; set; } = "";
    public DateTimeOffset? DoneAt { get; set; }
    public string? DoneBy { get; set; }
    public string? Outcome { get; set; }

    public bool DoneBefore(DateTimeOffset instant) => DoneAt is { } done && done < instant;
}

public sealed record BriefingView(
    Guid? Id, DateOnly Date, DateTimeOffset AsOf, bool Published, DateTimeOffset? PublishedAt, IReadOnlyList<BriefingEntryView> Entries,
    int ResponsesDueFromPreviousDay, int ResponsesDoneFromPreviousDay)
{
    public int Count(BriefingReason reason) => Entries.Count(e => e.ReasonCodes.Contains(reason.ToString()));
}

public sealed record BriefingEntryView(
    Guid? Id, int Rank, Guid SubjectId, int Score, IReadOnlyList<string> ReasonCodes, IReadOnlyList<string> Reasons,
    AgreedResponse? Response, PreviousResponseView? PreviousResponse);

/// <summary>The previous day's response for a young person carried over to this briefing, and whether it was done by the end of this briefing's day.</summary>
public sealed record PreviousResponseView(AgreedResponse Response, bool Done);
