using Safeguarding.Neglect.Contracts;

namespace Safeguarding.Scrutiny.Measures;

/// <summary>
/// The scorecard as it may be published: each quarter's counts of people passed through the small-number rule, one
/// table per quarter and measure (the breakdown's cells with the quarter's total), the five categories of child
/// protection plans as Neglect publishes them (<see cref="OpenPlanDisclosure"/>), and each rate withheld with the counts
/// it is made from. Withheld figures lose their value and say so; the trend runs through the
/// figures still shown. Measures that count no one (money, audits, staff at training) are left as they are.
/// </summary>
internal static class ScorecardDisclosure
{
    /// <param name="rates">For each rate and quarter (by index), the counts it was computed from.</param>
    public static IReadOnlyList<MeasureRow> Withhold(IReadOnlyList<MeasureRow> rows, IReadOnlyDictionary<(string Code, int Quarter), (int Part, int Whole)> rates,
        IReadOnlyList<MeasureDefinition> measures, DisclosureControl rule)
    {
        if (!rule.Withholds) return rows;
        var counts = measures.ToDictionary(m => m.Code, m => m.Counts);
        var quarters = rows.Count == 0 ? 0 : rows[0].Values.Count;
        var withheld = new HashSet<(string Code, string? Label, int Quarter)>();
        for (var q = 0; q < quarters; q++)
        {
            WithholdPlans(rows, rule, q, withheld);
            foreach (var row in rows.Where(r => !IsPlans(r.Code)))
            {
                switch (counts.GetValueOrDefault(row.Code))
                {
                    case MeasureCounts.People:
                        WithholdCounts(row, rule, q, withheld);
                        break;
                    case MeasureCounts.RateOfPeople when rates.TryGetValue((row.Code, q), out var basis):
                        if (rule.Rate(row.Values[q].Value, basis.Part, basis.Whole).Suppressed) withheld.Add((row.Code, null, q));
                        break;
                }
            }
        }
        return withheld.Count == 0 ? rows : rows.Select(row => Shown(row, withheld, rule)).ToList();
    }

    private static bool IsPlans(string code) =>
        code == MeasureCatalogue.NeglectShare || MeasureCatalogue.PlanCategories.Any(c => MeasureCatalogue.PlansOf(c) == code);

    /// <summary>A count with its breakdown: the breakdown's cells add up to the quarter's total.</summary>
    private static void WithholdCounts(MeasureRow row, DisclosureControl rule, int q, HashSet<(string, string?, int)> withheld)
    {
        if (Count(row.Values[q]) is not { } total) return;
        var table = rule.Table();
        var cells = row.Breakdown.Select(b => (b.Label, Count: Count(b.Values[q]))).Where(b => b.Count is not null)
            .Select(b => (b.Label, Cell: table.Count(b.Count!.Value))).ToList();
        var totalCell = table.Count(total);
        if (cells.Count > 0) table.Sum(totalCell, cells.Select(c => c.Cell));
        if (table.IsWithheld(totalCell)) withheld.Add((row.Code, null, q));
        foreach (var (label, cell) in cells)
            if (table.IsWithheld(cell)) withheld.Add((row.Code, label, q));
    }

    /// <summary>
    /// The plans open at the quarter's end by category, and neglect's share of them, withheld exactly as Neglect's own
    /// figures withhold the same plans (<see cref="OpenPlanDisclosure"/>), so that neither gives away what the other keeps.
    /// </summary>
    private static void WithholdPlans(IReadOnlyList<MeasureRow> rows, DisclosureControl rule, int q, HashSet<(string, string?, int)> withheld)
    {
        var counts = MeasureCatalogue.PlanCategories.ToDictionary(c => c, c => rows.FirstOrDefault(r => r.Code == MeasureCatalogue.PlansOf(c)) is { } row ? Count(row.Values[q]) : null);
        if (counts.Values.Any(c => c is null)) return; // no figure for the quarter (not yet, no data): nothing to withhold
        var figures = OpenPlanDisclosure.Protect(c => counts[c]!.Value, rule);
        foreach (var (category, shown) in figures.ByCategory)
            if (shown.Suppressed) withheld.Add((MeasureCatalogue.PlansOf(category), null, q));
        if (figures.ShareWithheld) withheld.Add((MeasureCatalogue.NeglectShare, null, q));
    }

    /// <summary>A count as the table takes it; none when the quarter has no figure.</summary>
    private static int? Count(QuarterValue v) => v.Value is { } value ? (int)Math.Round(value, MidpointRounding.AwayFromZero) : null;

    private static MeasureRow Shown(MeasureRow row, HashSet<(string Code, string? Label, int Quarter)> withheld, DisclosureControl rule)
    {
        QuarterValue Cell(QuarterValue v, string? label, int q) =>
            withheld.Contains((row.Code, label, q)) ? v with { Value = null, Suppressed = true, Note = rule.Explanation } : v;
        var values = row.Values.Select((v, q) => Cell(v, null, q)).ToList();
        var breakdown = row.Breakdown.Select(b => b with { Values = b.Values.Select((v, q) => Cell(v, b.Label, q)).ToList() }).ToList();
        return row with { Values = values, Breakdown = breakdown, Trend = QuarterRules.TrendOf(values) };
    }
}
