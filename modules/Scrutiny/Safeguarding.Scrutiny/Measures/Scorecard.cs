using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Scrutiny.Persistence;
using Safeguarding.Scrutiny.ReadModel;
using Safeguarding.Scrutiny.Returns;
using Safeguarding.SharedKernel.Features;
using Safeguarding.SharedKernel.Modules;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Scrutiny.Measures;

public sealed record ScorecardView(string FromQuarter, string ToQuarter, IReadOnlyList<string> Quarters, IReadOnlyList<MeasureRow> Measures, IReadOnlyList<DataGapView> Gaps);

/// <param name="SourceStatus">AVAILABLE, NO_DATA (nothing received yet), MODULE_ABSENT, MODULE_OFF or RETURNS.</param>
public sealed record MeasureRow(string Code, string Name, string Description, MeasureUnit Unit, string Source, string SourceStatus, string? Note,
    string? BreakdownBy, IReadOnlyList<QuarterValue> Values, IReadOnlyList<BreakdownRow> Breakdown, Trend Trend);

/// <summary>A quarter's figure; null with a note when there is no data (never a zero standing in for a gap).</summary>
public sealed record QuarterValue(string Quarter, decimal? Value, string? Note);

public sealed record BreakdownRow(string Label, IReadOnlyList<QuarterValue> Values);

/// <param name="Direction">UP, DOWN, STEADY, or UNKNOWN with fewer than two quarters of data.</param>
public sealed record Trend(string Direction, decimal? Change, string? FromQuarter, string? ToQuarter);

public sealed record DataGapView(string Measure, string Agency, string Since, string Message, IReadOnlyList<string> Quarters);

/// <summary>Computes the scorecard from Scrutiny's facts and returns. Never reads another module's data.</summary>
internal static class Scorecard
{
    public const int MaxQuarters = 40;

    public static async Task<ScorecardView> BuildAsync(ScrutinyDbContext db, ModuleCatalog catalog, IModuleSwitch switches,
        FinancialQuarter from, FinancialQuarter to, CancellationToken ct)
    {
        var quarters = FinancialQuarter.Range(from, to);
        var facts = await LoadFactsAsync(db, from, to, ct);
        var returns = await db.DataReturns.AsNoTracking().ToListAsync(ct);
        var suppliers = await db.DataSuppliers.AsNoTracking().ToListAsync(ct);
        var rows = new List<MeasureRow>();
        var gaps = new List<DataGapView>();
        foreach (var measure in MeasureCatalogue.All)
        {
            if (measure.FromReturns)
            {
                rows.Add(FromReturns(measure, quarters, returns.Where(r => r.Measure == measure.Code).ToList(),
                    suppliers.Where(s => s.Measure == measure.Code).ToList(), gaps));
                continue;
            }
            var (status, note) = await SourceStatusAsync(measure, facts, catalog, switches, ct);
            if (status != "AVAILABLE")
            {
                var empty = quarters.Select(q => new QuarterValue(q.Label, null, note)).ToList();
                rows.Add(new(measure.Code, measure.Name, measure.Description, measure.Unit, measure.Source, status, note, measure.BreakdownBy, empty, [], TrendOf(empty)));
                continue;
            }
            var cells = quarters.Select(q => (Quarter: q, Cell: measure.Compute(facts, q))).ToList();
            var values = cells.Select(c => new QuarterValue(c.Quarter.Label, c.Cell.Value, c.Cell.Note)).ToList();
            var labels = cells.SelectMany(c => c.Cell.Breakdown?.Keys ?? []).Distinct().Order(StringComparer.Ordinal).ToList();
            var breakdown = labels.Select(label => new BreakdownRow(label, cells.Select(c =>
                new QuarterValue(c.Quarter.Label, c.Cell.Breakdown?.GetValueOrDefault(label) ?? 0m, null)).ToList())).ToList();
            rows.Add(new(measure.Code, measure.Name, measure.Description, measure.Unit, measure.Source, status, null, measure.BreakdownBy, values, breakdown, TrendOf(values)));
        }
        return new(from.Label, to.Label, quarters.Select(q => q.Label).ToList(), rows, gaps);
    }

    /// <summary>
    /// The facts the quarters from <paramref name="from"/> to <paramref name="to"/> are computed from, grouped in the database:
    /// facts counted on a day in the range; plans and overdue actions open at some point of it (started by its last day and
    /// not ended before the end of its first quarter); case audits made for one of its quarters. Which kinds were ever
    /// received is asked only for the kinds absent from the range, one indexed lookup each.
    /// </summary>
    private static async Task<MeasureFacts> LoadFactsAsync(ScrutinyDbContext db, FinancialQuarter from, FinancialQuarter to, CancellationToken ct)
    {
        DateOnly? first = from.Starts, last = to.Ends, firstEnds = from.Ends;
        var labels = FinancialQuarter.Range(from, to).Select(q => q.Label).ToList();
        var groups = (await db.Facts.AsNoTracking()
            .Where(f => f.Kind != FactKinds.Partner)
            .Where(f => (f.On >= first && f.On <= last)
                        || ((f.Kind == FactKinds.ChildProtectionPlan || f.Kind == FactKinds.OverdueAction) && f.On <= last && (f.Until == null || f.Until > firstEnds))
                        || (f.Kind == FactKinds.CaseAudit && f.Period != null && labels.Contains(f.Period)))
            .GroupBy(f => new { f.Kind, f.Agency, f.Category, f.Period, f.On, f.Until, f.Outcome })
            // Summed as a float in the database (SQLite holds decimals as text and would add them up one by one in .NET);
            // the values are counts, attendances and scores to two places, so rounding the sum back to two places is exact.
            .Select(g => new { g.Key, Count = g.Count(), Total = g.Sum(f => (double)f.Value) })
            .ToListAsync(ct))
            .Select(g => new FactGroup(g.Key.Kind, g.Key.Agency, g.Key.Category, g.Key.Period, g.Key.On, g.Key.Until, g.Key.Outcome, g.Count,
                Math.Round((decimal)g.Total, 2, MidpointRounding.AwayFromZero)))
            .ToList();
        var partners = await db.Facts.AsNoTracking().Where(f => f.Kind == FactKinds.Partner)
            .Select(f => new { f.Key, f.Category }).ToDictionaryAsync(f => f.Key, f => f.Category ?? f.Key, ct);
        var received = groups.Select(g => g.Kind).ToHashSet(StringComparer.Ordinal);
        if (partners.Count > 0) received.Add(FactKinds.Partner);
        foreach (var kind in MeasureCatalogue.All.SelectMany(m => m.Kinds).Distinct().Where(k => !received.Contains(k)))
            if (await db.Facts.AnyAsync(f => f.Kind == kind, ct)) received.Add(kind);
        return new MeasureFacts(groups, received, partners);
    }

    /// <summary>Whether the measure's source module is here, switched on, and has sent any of the facts the measure counts.</summary>
    private static async Task<(string Status, string? Note)> SourceStatusAsync(MeasureDefinition measure, MeasureFacts facts, ModuleCatalog catalog,
        IModuleSwitch switches, CancellationToken ct)
    {
        var module = catalog.Find(measure.Source);
        if (module is null) return ("MODULE_ABSENT", $"No data: the {measure.Source} module is not installed.");
        if (!await switches.IsEnabledAsync(module.FeatureFlag, ct)) return ("MODULE_OFF", $"No data: the {measure.Source} module is switched off.");
        if (!facts.Any(measure.Kinds)) return ("NO_DATA", $"No data yet from the {measure.Source} module.");
        return ("AVAILABLE", null);
    }

    /// <summary>
    /// A returned measure: each agency's figure per quarter; the total is the sum of the returns made. An expected supplier
    /// with no return for a quarter is a gap, shown with the month since which it has supplied nothing.
    /// </summary>
    private static MeasureRow FromReturns(MeasureDefinition measure, IReadOnlyList<FinancialQuarter> quarters, List<DataReturn> returns,
        List<DataSupplier> suppliers, List<DataGapView> gaps)
    {
        var byQuarter = returns.ToLookup(r => r.Quarter);
        var values = quarters.Select(q => byQuarter[q.Label].Any()
            ? new QuarterValue(q.Label, byQuarter[q.Label].Sum(r => r.Value), null)
            : new QuarterValue(q.Label, null, "No returns")).ToList();
        var agencies = returns.Select(r => (r.PartnerId, r.Agency)).Concat(suppliers.Select(s => (s.PartnerId, s.Agency)))
            .GroupBy(a => a.PartnerId).Select(g => (Id: g.Key, Name: g.Last().Agency)).OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        var breakdown = new List<BreakdownRow>();
        foreach (var (partnerId, name) in agencies)
        {
            var supplier = suppliers.FirstOrDefault(s => s.PartnerId == partnerId);
            var own = returns.Where(r => r.PartnerId == partnerId).ToList();
            var cells = new List<QuarterValue>();
            var missing = new List<string>();
            string? since = null;
            foreach (var q in quarters)
            {
                var made = own.FirstOrDefault(r => r.Quarter == q.Label);
                if (made is not null) { cells.Add(new(q.Label, made.Value, made.Note)); continue; }
                if (supplier is null || !FinancialQuarter.TryParse(supplier.ExpectedFrom, out var expected) || q < expected) { cells.Add(new(q.Label, null, null)); continue; }
                since = NoDataSince(supplier, own, q);
                var message = $"no data from {name} since {since}";
                cells.Add(new(q.Label, null, message));
                missing.Add(q.Label);
            }
            breakdown.Add(new(name, cells));
            if (missing.Count > 0) gaps.Add(new(measure.Code, name, since!, $"No data from {name} since {since}", missing));
        }
        return new(measure.Code, measure.Name, measure.Description, measure.Unit, measure.Source, "RETURNS", null, measure.BreakdownBy, values, breakdown, TrendOf(values));
    }

    /// <summary>The month after the last quarter the supplier returned figures for, or, if none, the month it is known to have stopped (or was first expected).</summary>
    private static string NoDataSince(DataSupplier supplier, List<DataReturn> own, FinancialQuarter quarter)
    {
        var last = own.Select(r => FinancialQuarter.TryParse(r.Quarter, out var q) ? q : (FinancialQuarter?)null)
            .Where(q => q is { } x && x < quarter).Max();
        if (last is { } l) return l.Ends.AddDays(1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        if (supplier.NoDataSince is { } known) return known;
        return FinancialQuarter.TryParse(supplier.ExpectedFrom, out var from) ? from.Starts.ToString("yyyy-MM", CultureInfo.InvariantCulture) : supplier.ExpectedFrom;
    }

    /// <summary>From the first quarter with a figure to the last: the direction and the change.</summary>
    public static Trend TrendOf(IReadOnlyList<QuarterValue> values)
    {
        var known = values.Where(v => v.Value is not null).ToList();
        if (known.Count < 2) return new("UNKNOWN", null, known.FirstOrDefault()?.Quarter, null);
        var change = known[^1].Value!.Value - known[0].Value!.Value;
        return new(change > 0 ? "UP" : change < 0 ? "DOWN" : "STEADY", change, known[0].Quarter, known[^1].Quarter);
    }

    /// <summary>One row per measure, quarter and breakdown label (the total has none); gaps carry their message as the note.</summary>
    public static string ToCsv(ScorecardView card)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        // Agencies' and bodies' names are recorded values: escape anything a spreadsheet would run as a formula.
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture }, true))
        {
            csv.WriteHeader(["measure", "name", "unit", "source", "status", "quarter", "breakdown", "value", "note"]);
            foreach (var m in card.Measures)
            {
                foreach (var v in m.Values) Row(csv, m, v, "");
                foreach (var b in m.Breakdown)
                foreach (var v in b.Values) Row(csv, m, v, b.Label);
            }
            csv.Flush();
        }
        return text.ToString();
    }

    private static void Row(CsvWriter csv, MeasureRow m, QuarterValue v, string breakdown) =>
        csv.WriteRecord([m.Code, m.Name, m.Unit.ToString().ToUpperInvariant(), m.Source, m.SourceStatus, v.Quarter, breakdown,
            v.Value?.ToString(CultureInfo.InvariantCulture) ?? "", v.Note ?? ""]);
}
