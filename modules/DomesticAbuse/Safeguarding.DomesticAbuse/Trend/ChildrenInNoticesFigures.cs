using Safeguarding.DomesticAbuse.Persistence;

namespace Safeguarding.DomesticAbuse.Trend;

/// <summary>
/// Children in Public Protection Notices per financial year and quarter, with the change on the period a year before. A
/// year with a published figure shows it (the annual report's count); other years, and every quarter, are counted from
/// the notices stored here.
/// </summary>
public sealed class ChildrenInNoticesFigures(DomesticAbuseDbContext db)
{
    /// <summary>Oldest year first.</summary>
    public async Task<IReadOnlyList<ChildrenInNoticesYear>> ByYearAsync(CancellationToken ct)
    {
        var published = await db.PublishedFigures.AsNoTracking().ToListAsync(ct);
        var recorded = (await RecordedByDayAsync(ct)).GroupBy(x => FinancialYear.Of(x.Day)).ToDictionary(g => g.Key, g => g.Sum(x => x.Children));
        var years = new SortedDictionary<int, (int Children, FigureSource Source, string? In)>();
        foreach (var (year, children) in recorded) years[year.StartYear] = (children, FigureSource.Recorded, null);
        foreach (var p in published)
            if (FinancialYear.TryParse(p.Year, out var year)) years[year.StartYear] = (p.Children, FigureSource.Published, p.Source);
        return years.Select(y =>
        {
            var fy = new FinancialYear(y.Key);
            int? previous = years.TryGetValue(y.Key - 1, out var p) ? p.Children : null;
            return new ChildrenInNoticesYear(fy.Label, fy.Starts, fy.Ends, y.Value.Children, y.Value.Source, y.Value.In, previous, TrendRules.ChangePercent(previous, y.Value.Children));
        }).ToList();
    }

    /// <summary>Oldest quarter first; published annual figures have no quarters.</summary>
    public async Task<IReadOnlyList<ChildrenInNoticesQuarter>> ByQuarterAsync(CancellationToken ct)
    {
        var quarters = (await RecordedByDayAsync(ct)).GroupBy(x => FinancialQuarter.Of(x.Day)).ToDictionary(g => g.Key, g => g.Sum(x => x.Children));
        return quarters.Keys.Order().Select(q =>
        {
            int? previous = quarters.TryGetValue(q with { StartYear = q.StartYear - 1 }, out var p) ? p : null;
            return new ChildrenInNoticesQuarter(q.Year.Label, q.Number, q.Starts, q.Ends, quarters[q], previous, TrendRules.ChangePercent(previous, quarters[q]));
        }).ToList();
    }

    /// <summary>Children in stored notices per UK day of incident.</summary>
    private async Task<List<(DateOnly Day, int Children)>> RecordedByDayAsync(CancellationToken ct)
    {
        var notices = await db.Notices.AsNoTracking().Select(n => new { n.IncidentAt, n.ChildCount }).ToListAsync(ct);
        return notices.Select(n => (DateOnly.FromDateTime(UkTime.ToUk(n.IncidentAt).DateTime), n.ChildCount)).ToList();
    }
}
