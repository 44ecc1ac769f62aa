using Safeguarding.Adolescents.ReturnHomeInterviews;

namespace Safeguarding.Adolescents.Briefing;

/// <summary>Why a young person is on the daily briefing.</summary>
public enum BriefingReason
{
    /// <summary>Missing now: went missing and had not returned by the end of the day.</summary>
    MissingNow,
    /// <summary>Went missing in the last 24 hours (configurable).</summary>
    NewMissingEpisode,
    /// <summary>In custody at the end of the day, or detained during the last 24 hours (configurable).</summary>
    InCustody,
    /// <summary>Concerns of exploitation are rising.</summary>
    ExploitationRising,
    /// <summary>Has gone missing repeatedly within the configured window.</summary>
    RepeatMissing,
    /// <summary>Returned, and the return home interview is overdue.</summary>
    InterviewOverdue,
}

public sealed record MissingFact(DateTimeOffset WentMissingAt, DateTimeOffset? ReturnedAt, DateTimeOffset? InterviewOfferedAt);
public sealed record CustodyFact(DateTimeOffset DetainedAt, DateTimeOffset? ReleasedAt);
public sealed record ConcernFact(DateOnly ReportedOn, int IndicatorCount);

/// <summary>What is known about one young person, as far as the briefing's rule needs it.</summary>
public sealed record YoungPersonFacts(Guid SubjectId, IReadOnlyList<MissingFact> Missing, IReadOnlyList<CustodyFact> Custody, IReadOnlyList<ConcernFact> Concerns);

public sealed record ScoredReason(BriefingReason Code, int Points, string Words);

public sealed record PriorityScore(Guid SubjectId, int Score, IReadOnlyList<ScoredReason> Reasons, DateTimeOffset LatestActivity)
{
    public bool Has(BriefingReason reason) => Reasons.Any(r => r.Code == reason);
}

/// <summary>
/// The Daily Intelligence Briefing's priority rule: each reason a young person is at risk at the end of the briefing's
/// day (UK time) adds its weight; the briefing lists those scoring at least the minimum, highest first, then the most
/// recent activity first. Pure: no clock and no database, so it is tested at its boundaries.
/// The rule and a worked example are in docs/modules/adolescents.md.
/// </summary>
public sealed class BriefingPriority(BriefingOptions options)
{
    public BriefingOptions Options { get; } = options;

    /// <summary>The end of a briefing's day: midnight at the start of the next UK day, as a UTC instant.</summary>
    public static DateTimeOffset EndOf(DateOnly date) => UkTime.At(date.AddDays(1), TimeOnly.MinValue);

    /// <summary>The start of the UK day <paramref name="days"/> days before the end of <paramref name="date"/> (the window includes the date).</summary>
    public static DateTimeOffset WindowStart(DateOnly date, int days) => UkTime.At(date.AddDays(1 - days), TimeOnly.MinValue);

    /// <summary>The young people to list, in order. The reasons' words are written only for those listed.</summary>
    public IReadOnlyList<PriorityScore> Rank(IEnumerable<YoungPersonFacts> people, DateOnly date)
    {
        var day = new Day(date, Options);
        return people.Select(p => (Facts: p, Score: Score(p, day, words: false)))
            .Where(s => s.Score.Score >= Options.MinimumScore)
            .OrderByDescending(s => s.Score.Score).ThenByDescending(s => s.Score.LatestActivity).ThenBy(s => s.Score.SubjectId)
            .Take(Options.MaxEntries)
            .Select(s => Score(s.Facts, day, words: true))
            .ToList();
    }

    public PriorityScore Score(YoungPersonFacts facts, DateOnly date) => Score(facts, new Day(date, Options), words: true);

    /// <summary>The instants that bound a briefing's day and windows, worked out once per briefing.</summary>
    private sealed class Day(DateOnly date, BriefingOptions o)
    {
        public DateOnly Date { get; } = date;
        public DateTimeOffset AsOf { get; } = EndOf(date);
        public DateTimeOffset RecentFrom { get; } = EndOf(date) - TimeSpan.FromHours(o.NewMissingWindowHours);
        public DateTimeOffset RepeatFrom { get; } = WindowStart(date, o.RepeatMissingWindowDays);
    }

    private PriorityScore Score(YoungPersonFacts facts, Day day, bool words)
    {
        var o = Options;
        var (date, asOf, recentFrom, repeatFrom) = (day.Date, day.AsOf, day.RecentFrom, day.RepeatFrom);
        var reasons = new List<ScoredReason>();
        void Add(BriefingReason code, int points, Func<string> text) => reasons.Add(new(code, points, words ? text() : ""));
        var missing = facts.Missing.Where(m => m.WentMissingAt < asOf).ToList();
        var custody = facts.Custody.Where(c => c.DetainedAt < asOf).ToList();
        var concerns = facts.Concerns.Where(c => c.ReportedOn <= date).ToList();

        var open = missing.Where(m => m.ReturnedAt is null || m.ReturnedAt >= asOf).MaxBy(m => m.WentMissingAt);
        if (open is not null)
            Add(BriefingReason.MissingNow, o.MissingNowWeight, () =>
                $"Missing now: went missing at {UkDisplay.Show(open.WentMissingAt)} and had not returned by the end of the day.");

        var newEpisodes = missing.Where(m => m.WentMissingAt >= recentFrom).OrderBy(m => m.WentMissingAt).ToList();
        if (newEpisodes.Count > 0)
            Add(BriefingReason.NewMissingEpisode, o.NewMissingEpisodeWeight, () => newEpisodes.Count == 1
                ? $"New missing episode in the last {o.NewMissingWindowHours} hours: went missing at {UkDisplay.Show(newEpisodes[0].WentMissingAt)}."
                : $"{newEpisodes.Count} new missing episodes in the last {o.NewMissingWindowHours} hours, the latest at {UkDisplay.Show(newEpisodes[^1].WentMissingAt)}.");

        var held = custody.Where(c => c.ReleasedAt is null || c.ReleasedAt >= asOf).MaxBy(c => c.DetainedAt);
        var detainedRecently = custody.Where(c => c.DetainedAt >= recentFrom).MaxBy(c => c.DetainedAt);
        if (held is not null)
            Add(BriefingReason.InCustody, o.InCustodyWeight, () => $"In custody: detained at {UkDisplay.Show(held.DetainedAt)}.");
        else if (detainedRecently is not null)
            Add(BriefingReason.InCustody, o.InCustodyWeight, () =>
                $"Detained in custody in the last {o.NewMissingWindowHours} hours: at {UkDisplay.Show(detainedRecently.DetainedAt)}, released at {UkDisplay.Show(detainedRecently.ReleasedAt!.Value)}.");

        var w = o.RisingWindowDays;
        var recentIndicators = concerns.Where(c => c.ReportedOn > date.AddDays(-w)).Sum(c => c.IndicatorCount);
        var earlierIndicators = concerns.Where(c => c.ReportedOn <= date.AddDays(-w) && c.ReportedOn > date.AddDays(-2 * w)).Sum(c => c.IndicatorCount);
        if (recentIndicators > earlierIndicators)
            Add(BriefingReason.ExploitationRising, o.ExploitationRisingWeight, () =>
                $"Exploitation concern rising: {Plural(recentIndicators, "indicator")} reported in the last {w} days, against {earlierIndicators} in the {w} days before.");

        var inWindow = missing.Count(m => m.WentMissingAt >= repeatFrom);
        if (inWindow >= o.RepeatMissingThreshold)
            Add(BriefingReason.RepeatMissing, o.RepeatMissingWeight + (inWindow - o.RepeatMissingThreshold) * o.RepeatMissingPerExtraEpisode, () =>
                $"Repeat missing: went missing {inWindow} times in the last {o.RepeatMissingWindowDays} days.");

        var overdue = missing
            .Where(m => m.ReturnedAt is { } r && r >= repeatFrom && r < asOf
                        && ReturnHomeInterviewRule.IsOverdue(r, m.InterviewOfferedAt is { } at && at < asOf ? at : null, asOf))
            .MaxBy(m => m.ReturnedAt);
        if (overdue is not null)
            Add(BriefingReason.InterviewOverdue, o.InterviewOverdueWeight, () =>
                $"Return home interview overdue: returned at {UkDisplay.Show(overdue.ReturnedAt!.Value)}, an interview was due by {UkDisplay.Show(ReturnHomeInterviewRule.DueBy(overdue.ReturnedAt!.Value))} and has not been offered.");

        var latest = missing.Select(m => m.ReturnedAt is { } r && r < asOf ? r : m.WentMissingAt)
            .Concat(custody.Select(c => c.DetainedAt))
            .DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        if (concerns.Count > 0 && UkTime.At(concerns.Max(c => c.ReportedOn), TimeOnly.MinValue) is var reported && reported > latest) latest = reported;
        return new PriorityScore(facts.SubjectId, reasons.Sum(r => r.Points), reasons, latest);
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
