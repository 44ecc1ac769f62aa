using Safeguarding.Adolescents.Briefing;
using Safeguarding.Adolescents.Intelligence;
using Safeguarding.Adolescents.Persistence;

namespace Safeguarding.Adolescents.Contextual;

/// <summary>
/// Contextual safeguarding: the adults of concern and locations linked to two or more different young people by
/// intelligence in a window of days ending today (UK), with the links. A small graph query over the link table.
/// </summary>
public sealed class ContextualSafeguarding(AdolescentsDbContext db, TimeProvider clock)
{
    public const int DefaultWindowDays = 90;
    public const int MaximumWindowDays = 730;
    public const int MinimumYoungPeople = 2;

    /// <summary>The picture for the last <paramref name="windowDays"/> days (default 90); VALIDATION outside 1 to 730.</summary>
    public Task<ContextualPicture> PictureAsync(int? windowDays, CancellationToken ct) =>
        ReadAsync(Window(windowDays), clock.Today(), ct);

    /// <summary>The same picture in counts only.</summary>
    public async Task<ContextualCounts> CountsAsync(int? windowDays, DisclosureControl rule, CancellationToken ct) =>
        Count(await PictureAsync(windowDays, ct), rule);

    /// <summary>The window asked for, or the default; VALIDATION on <c>windowDays</c> outside 1 to 730 days.</summary>
    public static int Window(int? windowDays)
    {
        var days = windowDays ?? DefaultWindowDays;
        new InputCheck().Require(days is >= 1 and <= MaximumWindowDays, "windowDays", $"The window must be from 1 to {MaximumWindowDays} days.").ThrowIfInvalid();
        return days;
    }

    private async Task<ContextualPicture> ReadAsync(int windowDays, DateOnly today, CancellationToken ct)
    {
        var from = BriefingPriority.WindowStart(today, windowDays);
        var to = BriefingPriority.EndOf(today);
        var links = await db.Links.AsNoTracking().Where(l => l.OccurredAt >= from && l.OccurredAt < to).ToListAsync(ct);

        static List<(Guid Key, List<LinkedYoungPerson> People)> Shared(IEnumerable<(Guid Key, IntelligenceLink Link)> links) =>
            links.GroupBy(x => x.Key)
                .Select(g => (g.Key, People: g.GroupBy(x => x.Link.SubjectId)
                    .Select(p => new LinkedYoungPerson(p.Key, p.Select(x => new ContextLink(x.Link.Source, x.Link.SourceId, x.Link.OccurredAt))
                        .DistinctBy(l => l.SourceId).OrderBy(l => l.OccurredAt).ToList()))
                    .OrderBy(p => p.SubjectId).ToList()))
                .Where(x => x.People.Count >= MinimumYoungPeople)
                .OrderByDescending(x => x.People.Count).ToList();

        var adults = Shared(links.Where(l => l.AdultId != null).Select(l => (l.AdultId!.Value, l)));
        var places = Shared(links.Where(l => l.LocationId != null).Select(l => (l.LocationId!.Value, l)));
        var adultIds = adults.Select(a => a.Key).ToList();
        var placeIds = places.Select(p => p.Key).ToList();
        var adultRows = await db.AdultsOfConcern.AsNoTracking().Where(a => adultIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var placeRows = await db.Locations.AsNoTracking().Where(l => placeIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        return new ContextualPicture(today.AddDays(1 - windowDays), today,
            adults.Select(a => new LinkedAdult(adultRows[a.Key], a.People)).ToList(),
            places.Select(p => new LinkedLocation(placeRows[p.Key], p.People)).ToList());
    }

    /// <summary>How many adults and locations the picture holds, and how many different young people are linked to any of them.</summary>
    public static ContextualCounts Count(ContextualPicture p, DisclosureControl rule) => new(p.From, p.To, rule.Count(p.Adults.Count), p.Locations.Count,
        rule.Count(p.Adults.SelectMany(a => a.YoungPeople).Concat(p.Locations.SelectMany(l => l.YoungPeople)).Select(y => y.SubjectId).Distinct().Count()));
}
