using System.Globalization;
using CsvHelper;
using Safeguarding.Scrutiny.Persistence;
using Safeguarding.Scrutiny.ReadModel;
using Safeguarding.Scrutiny.Returns;
using Safeguarding.SharedKernel.Features;

namespace Safeguarding.Scrutiny.Measures;

/// <param name="FromQuarter">The first quarter shown.</param>
/// <param name="Gaps">Returns expected from agencies and not made.</param>
/// <param name="Measures">Each measure with its value in each quarter.</param>
/// <param name="Quarters">The quarters shown, in order.</param>
/// <param name="ToQuarter">The last quarter shown.</param>
public sealed record ScorecardView(string FromQuarter, string ToQuarter, IReadOnlyList<string> Quarters, IReadOnlyList<MeasureRow> Measures, IReadOnlyList<DataGapView> Gaps);

/// <param name="SourceStatus">AVAILABLE, NO_DATA (nothing received yet), MODULE_ABSENT, MODULE_OFF or RETURNS.</param>
/// <param name="Source">The module whose events it is computed from, or "Agency returns".</param>
/// <param name="BreakdownBy">agency, body or grade, when the measure has a breakdown.</param>
/// <param name="Breakdown">The measure broken down, row by row; empty when it has no breakdown.</param>
/// <param name="Code">The measure's code.</param>
/// <param name="Description">What the measure counts.</param>
/// <param name="Name">The measure's name.</param>
/// <param name="Note">A note on the figures; null when none.</param>
/// <param name="Trend">Which way the measure moved over the quarters shown.</param>
/// <param name="Unit">What the values are: counts, percentages or scores.</param>
/// <param name="Values">The measure's value in each quarter.</param>
public sealed record MeasureRow(string Code, string Name, string Description, MeasureUnit Unit, string Source, string SourceStatus, string? Note,
    string? BreakdownBy, IReadOnlyList<QuarterValue> Values, IReadOnlyList<BreakdownRow> Breakdown, Trend Trend);

/// <summary>
/// A quarter's figure; null with a note and a status when there is none (never a zero standing in for a gap or a quarter
/// to come). <see cref="Suppressed"/>: withheld as a small number (or because it would reveal one); the status still says
/// what kind of quarter it is.
/// </summary>
/// <param name="Note">Why there is no value, or a note on it; null when none.</param>
/// <param name="Quarter">The quarter.</param>
/// <param name="Status">Whether there is a figure, or why not: in progress, not yet due, no data, or nothing to measure.</param>
/// <param name="Value">The value; null when there is no figure.</param>
public sealed record QuarterValue(string Quarter, decimal? Value, string? Note, QuarterStatus Status, bool Suppressed = false);

/// <param name="Label">What the row counts, e.g. an age band or an agency.</param>
/// <param name="Values">The row's value in each quarter.</param>
public sealed record BreakdownRow(string Label, IReadOnlyList<QuarterValue> Values);

/// <param name="Direction">UP, DOWN, STEADY, or UNKNOWN with fewer than two ended quarters with a figure.</param>
/// <param name="Change">How much it changed from the first quarter with a value to the last; null without two values.</param>
/// <param name="FromQuarter">The first quarter with a value; null when none.</param>
/// <param name="ToQuarter">The last quarter with a value; null when none.</param>
public sealed record Trend(string Direction, decimal? Change, string? FromQuarter, string? ToQuarter);

/// <param name="Since">The month (yyyy-MM) since which nothing has been supplied.</param>
/// <param name="Agency">The agency that has not returned it.</param>
/// <param name="Measure">The measure's code.</param>
/// <param name="Message">The gap in words.</param>
/// <param name="Quarters">The quarters of the scorecard the agency has not returned it for.</param>
public sealed record DataGapView(string Measure, string Agency, string Since, string Message, IReadOnlyList<string> Quarters);

/// <summary>
/// Computes the scorecard from Scrutiny's facts and returns, and withholds its small numbers (<see cref="ScorecardDisclosure"/>).
/// Never reads another module's data.
/// </summary>
internal static class Scorecard
{
    public const int MaxQuarters = 40;

    /// <param name="today">The UK day the scorecard is read on: quarters after it are "not yet", the one holding it "so far".</param>
    /// <param name="rule">The small-number rule the scorecard is published under.</param>
    public static async Task<ScorecardView> BuildAsync(ScrutinyDbContext db, ModuleCatalog catalog, IModuleSwitch switches,
        FinancialQuarter from, FinancialQuarter to, DateOnly today, DisclosureControl rule, CancellationToken ct)
    {
        var quarters = FinancialQuarter.Range(from, to);
        var facts = await LoadFactsAsync(db, from, to, ct);
        var returns = await db.DataReturns.AsNoTracking().ToListAsync(ct);
        var suppliers = await db.DataSuppliers.AsNoTracking().ToListAsync(ct);
        var rows = new List<MeasureRow>();
        var gaps = new List<DataGapView>();
        var rates = new Dictionary<(string Code, int Quarter), (int Part, int Whole)>();
        foreach (var measure in MeasureCatalogue.All)
        {
            if (measure.FromReturns)
            {
                rows.Add(FromReturns(measure, quarters, today, returns.Where(r => r.Measure == measure.Code).ToList(),
                    suppliers.Where(s => s.Measure == measure.Code).ToList(), gaps));
                continue;
            }
            var (status, note) = await SourceStatusAsync(measure, facts, catalog, switches, ct);
            var firstDay = facts.FirstDay(measure.Kinds);
            var cells = quarters.Select(q => (Quarter: q, Cell: CellOf(measure, facts, q, today, status, note, firstDay))).ToList();
            for (var i = 0; i < cells.Count; i++)
                if (cells[i].Cell.Value.Value is not null && cells[i].Cell.Basis is { } basis) rates[(measure.Code, i)] = basis;
            var values = cells.Select(c => c.Cell.Value).ToList();
            var labels = cells.SelectMany(c => c.Cell.Breakdown?.Keys ?? []).Distinct().Order(StringComparer.Ordinal).ToList();
            // Within a quarter with a figure, an agency with nothing in it is a true zero; elsewhere it shares the quarter's gap.
            var breakdown = labels.Select(label => new BreakdownRow(label, cells.Select(c => c.Cell.Value.Value is null
                ? c.Cell.Value with { Note = null }
                : c.Cell.Value with { Value = c.Cell.Breakdown?.GetValueOrDefault(label) ?? 0m, Note = null }).ToList())).ToList();
            rows.Add(new(measure.Code, measure.Name, measure.Description, measure.Unit, measure.Source, status, status == "AVAILABLE" ? null : note,
                measure.BreakdownBy, values, breakdown, QuarterRules.TrendOf(values)));
        }
        return new(from.Label, to.Label, quarters.Select(q => q.Label).ToList(), ScorecardDisclosure.Withhold(rows, rates, MeasureCatalogue.All, rule), gaps);
    }

    /// <summary>
    /// One quarter of a module's measure. In order: a quarter that has not begun is "not yet"; a source that is absent or
    /// switched off gives no data; a quarter inside a period the source published one figure for, with no facts of its own,
    /// says so instead of counting zero; a quarter before the source's first fact has no data; otherwise the figure, "so far"
    /// while today is in the quarter, and no value (with the measure's reason) when a rate has nothing to divide.
    /// </summary>
    private static (QuarterValue Value, IReadOnlyDictionary<string, decimal>? Breakdown, (int Part, int Whole)? Basis) CellOf(MeasureDefinition measure, MeasureFacts facts,
        FinancialQuarter q, DateOnly today, string sourceStatus, string? sourceNote, DateOnly? firstDay)
    {
        var timing = QuarterRules.Timing(q, today);
        if (timing == QuarterStatus.NotYet) return (new(q.Label, null, QuarterRules.NotYetNote(q), QuarterStatus.NotYet), null, null);
        if (sourceStatus is "MODULE_ABSENT" or "MODULE_OFF") return (new(q.Label, null, sourceNote, QuarterStatus.NoData), null, null);
        var covered = QuarterRules.Covers(firstDay, q);
        MeasureCell? cell = covered ? measure.Compute(facts, q) : null;
        if (measure.PublishedKind is { } kind && facts.PublishedFor(kind, q) is { } published && (cell is null || cell.Value is null or 0m))
            return (new(q.Label, null, PublishedNote(published), QuarterStatus.NoData), null, null);
        if (firstDay is not { } first) return (new(q.Label, null, sourceNote ?? $"No data yet from the {measure.Source} module.", QuarterStatus.NoData), null, null);
        if (cell is null) return (new(q.Label, null, QuarterRules.BeforeCoverageNote(measure.Source, first), QuarterStatus.NoData), null, null);
        if (cell.Value is null) return (new(q.Label, null, cell.Note, QuarterStatus.NothingToMeasure), null, null);
        var basis = cell is { Part: { } part, Whole: { } whole } ? (part, whole) : ((int, int)?)null;
        return timing == QuarterStatus.InProgress
            ? (new(q.Label, cell.Value, QuarterRules.SoFarNote(q, today), QuarterStatus.InProgress), cell.Breakdown, basis)
            : (new(q.Label, cell.Value, cell.Note, QuarterStatus.Figure), cell.Breakdown, basis);
    }

    private static string PublishedNote(PeriodFigure figure) =>
        string.Create(CultureInfo.InvariantCulture, $"Published for {figure.Period ?? $"{figure.From:d MMMM yyyy} to {figure.To:d MMMM yyyy}"} as a whole only: {figure.Value:#,##0.##}")
        + (figure.Source is null ? "" : $" ({figure.Source})") + "; no figures by quarter.";

    /// <summary>
    /// The facts the quarters from <paramref name="from"/> to <paramref name="to"/> are computed from, grouped in the database:
    /// facts counted on a day in the range; plans and overdue actions open at some point of it (started by its last day and
    /// not ended before the end of its first quarter); case audits made for one of its quarters. Then, for each kind a
    /// measure counts, the first day a fact of it is counted on (one indexed lookup per kind), and the figures published
    /// for whole periods (a handful of rows).
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
        var firstDays = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var kind in MeasureCatalogue.All.SelectMany(m => m.Kinds).Distinct())
            if (await FirstDayAsync(db, kind, ct) is { } day) firstDays[kind] = day;
        var publishedKinds = MeasureCatalogue.All.Select(m => m.PublishedKind).OfType<string>().Distinct().ToList();
        var periodFigures = (await db.Facts.AsNoTracking().Where(f => publishedKinds.Contains(f.Kind) && f.On != null && f.Until != null).ToListAsync(ct))
            .Select(f => new PeriodFigure(f.Kind, f.Period, f.On!.Value, f.Until!.Value, f.Value, f.Category)).ToList();
        return new MeasureFacts(groups, firstDays, periodFigures, partners);
    }

    /// <summary>
    /// The first day a fact of this kind is counted on, or null when none was ever received. A case audit counts for the
    /// quarter it was made for, which may come before the day it was completed. A fact with no day at all (none is
    /// expected) makes the kind count as supplied from the beginning, so that it is never hidden.
    /// </summary>
    private static async Task<DateOnly?> FirstDayAsync(ScrutinyDbContext db, string kind, CancellationToken ct)
    {
        var facts = db.Facts.AsNoTracking().Where(f => f.Kind == kind);
        var first = await facts.MinAsync(f => f.On, ct);
        if (kind == FactKinds.CaseAudit && await facts.MinAsync(f => f.Period, ct) is { } period && FinancialQuarter.TryParse(period, out var quarter)
            && (first is null || quarter.Starts < first))
            first = quarter.Starts;
        if (first is null && await facts.AnyAsync(ct)) first = DateOnly.MinValue;
        return first;
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
    /// with no return for a quarter that has ended is a gap, shown with the month since which it has supplied nothing.
    /// Returns are made once a quarter ends, so a quarter that has not ended without any is "not yet", never a gap.
    /// </summary>
    private static MeasureRow FromReturns(MeasureDefinition measure, IReadOnlyList<FinancialQuarter> quarters, DateOnly today, List<DataReturn> returns,
        List<DataSupplier> suppliers, List<DataGapView> gaps)
    {
        var byQuarter = returns.ToLookup(r => r.Quarter);
        QuarterValue Returned(FinancialQuarter q, decimal value, string? note) =>
            QuarterRules.Timing(q, today) == QuarterStatus.Figure ? new(q.Label, value, note, QuarterStatus.Figure) : new(q.Label, value, note ?? QuarterRules.SoFarNote(q, today), QuarterStatus.InProgress);
        QuarterValue? Awaited(FinancialQuarter q) => QuarterRules.Timing(q, today) switch
        {
            QuarterStatus.NotYet => new(q.Label, null, QuarterRules.NotYetNote(q), QuarterStatus.NotYet),
            QuarterStatus.InProgress => new(q.Label, null, QuarterRules.ReturnsDueNote(q), QuarterStatus.NotYet),
            _ => null,
        };
        var values = quarters.Select(q => byQuarter[q.Label].Any()
            ? Returned(q, byQuarter[q.Label].Sum(r => r.Value), null)
            : Awaited(q) ?? new QuarterValue(q.Label, null, "No returns", QuarterStatus.NoData)).ToList();
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
                if (made is not null) { cells.Add(Returned(q, made.Value, made.Note)); continue; }
                if (Awaited(q) is { } awaited) { cells.Add(awaited); continue; }
                if (supplier is null || !FinancialQuarter.TryParse(supplier.ExpectedFrom, out var expected) || q < expected) { cells.Add(new(q.Label, null, null, QuarterStatus.NoData)); continue; }
                since = NoDataSince(supplier, own, q);
                var message = $"no data from {name} since {since}";
                cells.Add(new(q.Label, null, message, QuarterStatus.NoData));
                missing.Add(q.Label);
            }
            breakdown.Add(new(name, cells));
            if (missing.Count > 0) gaps.Add(new(measure.Code, name, since!, $"No data from {name} since {since}", missing));
        }
        return new(measure.Code, measure.Name, measure.Description, measure.Unit, measure.Source, "RETURNS", null, measure.BreakdownBy, values, breakdown, QuarterRules.TrendOf(values));
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

    /// <summary>
    /// One row per measure, quarter and breakdown label (the total has none); gaps carry their message as the note, and
    /// value_status tells a figure from a quarter under way, one to come, one with no data and a rate with nothing to divide.
    /// A withheld figure's value is "c", the DfE's and GSS's mark (so a spreadsheet never reads it as zero), with the rule
    /// in its note.
    /// </summary>
    public static string ToCsv(ScorecardView card)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        // Agencies' and bodies' names are recorded values: escape anything a spreadsheet would run as a formula.
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture }, true))
        {
            csv.WriteHeader(["measure", "name", "unit", "source", "status", "quarter", "breakdown", "value", "note", "value_status"]);
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
            v.Suppressed ? DisclosureControl.Marker : v.Value?.ToString(CultureInfo.InvariantCulture) ?? "", v.Note ?? "", QuarterRules.Code(v.Status)]);
}
