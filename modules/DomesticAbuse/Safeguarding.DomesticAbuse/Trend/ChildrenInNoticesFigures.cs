using Safeguarding.DomesticAbuse.Persistence;

namespace Safeguarding.DomesticAbuse.Trend;

/// <summary>
/// Children in Public Protection Notices per financial year and quarter, with the change on the period a year before. A
/// year with a published figure shows it (the annual report's count); other years, and every quarter, are counted from
/// the notices stored here. The counts are of children, given under the reader's small-number rule. Each quarter stands
/// by itself, as on the scorecard; a recorded year is the sum of its quarters, so when exactly one of them is withheld
/// the year is withheld too. A change is withheld with either count it is taken from.
/// </summary>
public sealed class ChildrenInNoticesFigures(DomesticAbuseDbContext db)
{
    /// <summary>Oldest year first.</summary>
    public async Task<IReadOnlyList<ChildrenInNoticesYear>> ByYearAsync(DisclosureControl rule, CancellationToken ct)
    {
        var published = await db.PublishedFigures.AsNoTracking().ToListAsync(ct);
        var byDay = await RecordedByDayAsync(ct);
        var quarters = byDay.GroupBy(x => FinancialQuarter.Of(x.Day)).ToDictionary(g => g.Key, g => g.Sum(x => x.Children));
        var years = new SortedDictionary<int, (int Children, FigureSource Source, string? In)>();
        foreach (var year in quarters.Keys.Select(q => q.StartYear).Distinct())
            years[year] = (quarters.Where(q => q.Key.StartYear == year).Sum(q => q.Value), FigureSource.Recorded, null);
        foreach (var p in published)
            if (FinancialYear.TryParse(p.Year, out var year)) years[year.StartYear] = (p.Children, FigureSource.Published, p.Source);
        var shown = years.ToDictionary(y => y.Key, y => y.Value.Source == FigureSource.Published
            ? rule.Count(y.Value.Children)
            : RecordedYear(quarters.Where(q => q.Key.StartYear == y.Key).OrderBy(q => q.Key).Select(q => q.Value), rule));
        return years.Select(y =>
        {
            var fy = new FinancialYear(y.Key);
            int? previous = years.TryGetValue(y.Key - 1, out var p) ? p.Children : null;
            var before = previous is null ? Disclosed<int>.Shown(null) : shown[y.Key - 1];
            return new ChildrenInNoticesYear(fy.Label, fy.Starts, fy.Ends, shown[y.Key], y.Value.Source, y.Value.In, before,
                Change(TrendRules.ChangePercent(previous, y.Value.Children), shown[y.Key], before));
        }).ToList();
    }

    /// <summary>A recorded year: the sum of its quarters, which are shown by themselves (here and on the scorecard).</summary>
    private static Disclosed<int> RecordedYear(IEnumerable<int> quarters, DisclosureControl rule)
    {
        var table = rule.Table();
        var cells = quarters.Select(table.ShownElsewhere).ToList();
        return table[table.Total(cells)];
    }

    /// <summary>Oldest quarter first; published annual figures have no quarters.</summary>
    public async Task<IReadOnlyList<ChildrenInNoticesQuarter>> ByQuarterAsync(DisclosureControl rule, CancellationToken ct)
    {
        var quarters = (await RecordedByDayAsync(ct)).GroupBy(x => FinancialQuarter.Of(x.Day)).ToDictionary(g => g.Key, g => g.Sum(x => x.Children));
        return quarters.Keys.Order().Select(q =>
        {
            int? previous = quarters.TryGetValue(q with { StartYear = q.StartYear - 1 }, out var p) ? p : null;
            var (now, before) = (rule.Count(quarters[q]), rule.Count(previous));
            return new ChildrenInNoticesQuarter(q.Year.Label, q.Number, q.Starts, q.Ends, now, before, Change(TrendRules.ChangePercent(previous, quarters[q]), now, before));
        }).ToList();
    }

    /// <summary>A change on the period before, withheld when either count is; none (not withheld) when there is no period before.</summary>
    private static Disclosed<decimal> Change(decimal? change, Disclosed<int> now, Disclosed<int> before) =>
        before is { Value: null, Suppressed: false } ? Disclosed<decimal>.Shown(null)
        : now.Suppressed || before.Suppressed ? Disclosed<decimal>.Withheld : Disclosed<decimal>.Shown(change);

    /// <summary>Children in stored notices per UK day of incident.</summary>
    private async Task<List<(DateOnly Day, int Children)>> RecordedByDayAsync(CancellationToken ct)
    {
        var notices = await db.Notices.AsNoTracking().Select(n => new { n.IncidentAt, n.ChildCount }).ToListAsync(ct);
        return notices.Select(n => (DateOnly.FromDateTime(UkTime.ToUk(n.IncidentAt).DateTime), n.ChildCount)).ToList();
    }
}
