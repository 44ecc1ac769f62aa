using Microsoft.Extensions.Options;
using Safeguarding.Adolescents.Contracts;
using Safeguarding.Adolescents.Persistence;

namespace Safeguarding.Adolescents.Briefing;

/// <summary>
/// Makes the Daily Intelligence Briefing for a UK date from the module's data as of the end of that date, and
/// publishes it. Reads only what the priority rule can use (the windows ending with the date), as narrow projections.
/// </summary>
public sealed class DailyBriefingGenerator(AdolescentsDbContext db, IOptions<BriefingOptions> options, TimeProvider clock)
{
    /// <summary>The briefing for a day that has happened (within two years): the published one, otherwise generated now.</summary>
    public async Task<BriefingView> ForDayAsync(DateOnly date, CancellationToken ct)
    {
        DailyBriefing.RequireBriefingDate(date, clock.Today());
        return await PublishedAsync(date, ct) ?? await GenerateAsync(date, ct);
    }

    /// <summary>Publishes the briefing for a day that has happened (within two years), once, and reads it back as published.</summary>
    public async Task<BriefingView> PublishDayAsync(DateOnly date, string actor, CancellationToken ct)
    {
        DailyBriefing.RequireBriefingDate(date, clock.Today());
        await PublishAsync(date, actor, clock.GetUtcNow(), ct);
        return (await PublishedAsync(date, ct))!;
    }

    public async Task<BriefingView> GenerateAsync(DateOnly date, CancellationToken ct)
    {
        var rule = new BriefingPriority(options.Value);
        var o = rule.Options;
        var asOf = BriefingPriority.EndOf(date);
        var recentFrom = asOf - TimeSpan.FromHours(o.NewMissingWindowHours);
        var repeatFrom = BriefingPriority.WindowStart(date, o.RepeatMissingWindowDays);
        var earliest = recentFrom < repeatFrom ? recentFrom : repeatFrom;
        var concernsFrom = date.AddDays(-2 * o.RisingWindowDays);

        // Three index ranges rather than one OR, which would scan the whole table: episodes that began in the windows,
        // and earlier ones still open or returned within the repeat window (their interview may be overdue).
        var episodes = db.MissingEpisodes.AsNoTracking();
        var missing = await episodes.Where(e => e.WentMissingAt >= earliest && e.WentMissingAt < asOf)
            .Concat(episodes.Where(e => e.WentMissingAt < earliest && e.ReturnedAt == null))
            .Concat(episodes.Where(e => e.WentMissingAt < earliest && e.ReturnedAt >= repeatFrom))
            .Select(e => new { e.SubjectId, e.WentMissingAt, e.ReturnedAt, e.InterviewOfferedAt })
            .ToListAsync(ct);
        var custody = await db.CustodyEpisodes.AsNoTracking()
            .Where(e => e.DetainedAt < asOf && (e.DetainedAt >= recentFrom || e.ReleasedAt == null || e.ReleasedAt >= asOf))
            .Select(e => new { e.SubjectId, e.DetainedAt, e.ReleasedAt })
            .ToListAsync(ct);
        var concerns = await db.ExploitationConcerns.AsNoTracking()
            .Where(c => c.ReportedOn > concernsFrom && c.ReportedOn <= date)
            .Select(c => new { c.SubjectId, c.ReportedOn, c.IndicatorCount })
            .ToListAsync(ct);

        var missingBy = missing.ToLookup(m => m.SubjectId, m => new MissingFact(m.WentMissingAt, m.ReturnedAt, m.InterviewOfferedAt));
        var custodyBy = custody.ToLookup(c => c.SubjectId, c => new CustodyFact(c.DetainedAt, c.ReleasedAt));
        var concernsBy = concerns.ToLookup(c => c.SubjectId, c => new ConcernFact(c.ReportedOn, c.IndicatorCount));
        var people = missingBy.Select(g => g.Key).Concat(custodyBy.Select(g => g.Key)).Concat(concernsBy.Select(g => g.Key)).Distinct()
            .Select(s => new YoungPersonFacts(s, missingBy[s].ToList(), custodyBy[s].ToList(), concernsBy[s].ToList()));
        var ranked = rule.Rank(people, date);

        var previous = await PreviousResponsesAsync(date, ct);
        var entries = ranked.Select((s, i) => new BriefingEntryView(null, i + 1, s.SubjectId, s.Score,
                s.Reasons.Select(r => r.Code.ToString()).ToList(), s.Reasons.Select(r => r.Words).ToList(), null,
                previous.GetValueOrDefault(s.SubjectId) is { } p ? new PreviousResponseView(p, p.DoneBefore(asOf)) : null))
            .ToList();
        return new BriefingView(null, date, asOf, false, null, entries, previous.Count, previous.Values.Count(r => r.DoneBefore(asOf)));
    }

    /// <summary>The responses agreed on the previous day's published briefing, by young person.</summary>
    private async Task<Dictionary<Guid, AgreedResponse>> PreviousResponsesAsync(DateOnly date, CancellationToken ct)
    {
        var day = date.AddDays(-1);
        var briefingId = await db.Briefings.AsNoTracking().Where(b => b.BriefingDate == day).Select(b => (Guid?)b.Id).FirstOrDefaultAsync(ct);
        if (briefingId is null) return [];
        var responses = await db.Responses.AsNoTracking().Where(r => r.BriefingId == briefingId).ToListAsync(ct);
        return responses.GroupBy(r => r.SubjectId).ToDictionary(g => g.Key, g => g.First());
    }

    /// <summary>The published briefing for a date, with its responses, or null.</summary>
    public async Task<BriefingView?> PublishedAsync(DateOnly date, CancellationToken ct)
    {
        var briefing = await db.Briefings.AsNoTracking().Include(b => b.Entries).FirstOrDefaultAsync(b => b.BriefingDate == date, ct);
        if (briefing is null) return null;
        var responses = await db.Responses.AsNoTracking().Where(r => r.BriefingId == briefing.Id).ToDictionaryAsync(r => r.EntryId, ct);
        var previous = await PreviousResponsesAsync(date, ct);
        var entries = briefing.Entries.OrderBy(e => e.Rank).Select(e => new BriefingEntryView(e.Id, e.Rank, e.SubjectId, e.Score, e.ReasonCodes, e.Reasons,
                responses.GetValueOrDefault(e.Id),
                previous.GetValueOrDefault(e.SubjectId) is { } p ? new PreviousResponseView(p, p.DoneBefore(briefing.AsOf)) : null))
            .ToList();
        return new BriefingView(briefing.Id, date, briefing.AsOf, true, briefing.PublishedAt, entries,
            previous.Count, previous.Values.Count(r => r.DoneBefore(briefing.AsOf)));
    }

    /// <summary>Stores the briefing for a date (entries and reasons) and publishes <see cref="DailyBriefingPublished"/>, counts only.</summary>
    public async Task<DailyBriefing> PublishAsync(DateOnly date, string actor, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.Briefings.AnyAsync(b => b.BriefingDate == date, ct))
            throw DomainException.Conflict($"The briefing for {date:d MMMM yyyy} has already been published.");
        var (briefing, published) = DailyBriefing.Publish(await GenerateAsync(date, ct), now, actor);
        db.Briefings.Add(briefing);
        db.Publish(published);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            if (!await AnotherPublishedAsync(date)) throw;
            throw DomainException.Conflict($"The briefing for {date:d MMMM yyyy} has just been published by someone else.");
        }
        return briefing;
    }

    private async Task<bool> AnotherPublishedAsync(DateOnly date)
    {
        db.ChangeTracker.Clear();
        return await db.Briefings.AsNoTracking().AnyAsync(b => b.BriefingDate == date);
    }
}
