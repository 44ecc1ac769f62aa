using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Safeguarding.Scrutiny.Measures;
using Safeguarding.Scrutiny.Persistence;
using Safeguarding.Scrutiny.ReadModel;
using Safeguarding.Scrutiny.Recommendations;
using Safeguarding.SharedKernel.Features;

namespace Safeguarding.Scrutiny.Report;

/// <summary>
/// The data sections of the partnership's annual report for a financial year, as one printable HTML page: the priorities'
/// measures, the partnership data (the scorecard's four quarters, gaps shown as gaps), the funding statement, learning
/// reviews, audits and the independent scrutineer's recommendations. Built from Scrutiny's own data only. Every recorded
/// value is HTML-encoded; numbers carry a data-figure attribute naming what they are. It is a publication: every count of
/// people in it passes the small-number rule, a withheld figure printing "c" (data-suppressed) with the rule below its table.
/// </summary>
internal static class AnnualReport
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private const string Styles = """
        body { font-family: Arial, Helvetica, sans-serif; color: #111; margin: 2em; line-height: 1.4; }
        h1 { font-size: 1.6em; } h2 { font-size: 1.25em; border-bottom: 2px solid #333; margin-top: 1.6em; } h3 { font-size: 1.05em; }
        table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1.2em; }
        th, td { border: 1px solid #999; padding: 4px 6px; text-align: left; vertical-align: top; }
        td.num, th.num { text-align: right; white-space: nowrap; }
        tr.total td { font-weight: bold; }
        .gap { color: #8a1c1c; font-style: italic; }
        .note { color: #444; font-size: 0.9em; }
        .withheld { font-style: italic; }
        @media print {
          @page { size: A4; margin: 15mm; }
          body { margin: 0; font-size: 10pt; }
          h2 { page-break-after: avoid; }
          table, section.keep { page-break-inside: avoid; }
        }
        """;

    public static async Task<AnnualReportView> BuildAsync(ScrutinyDbContext db, ModuleCatalog catalog, IModuleSwitch switches, FinancialYear financialYear,
        DateTimeOffset now, DisclosureControl rule, CancellationToken ct)
    {
        var year = financialYear.Label;
        var previous = financialYear.Previous.Label;
        var facts = await db.Facts.AsNoTracking().ToListAsync(ct);
        var figures = await db.PublishedFigures.AsNoTracking().Where(f => f.Year == year || f.Year == previous).ToListAsync(ct);
        var recommendations = (await db.Recommendations.AsNoTracking().Where(r => r.Year == year).ToListAsync(ct)).OrderBy(r => r.Theme).ToList();
        var today = DateOnly.FromDateTime(UkTime.ToUk(now).DateTime);
        var card = await Scorecard.BuildAsync(db, catalog, switches, financialYear.Quarters[0], financialYear.Quarters[^1], today, rule, ct);

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(E($"Plymouth Safeguarding Children Partnership: the year's figures, {year}")).Append("</title>\n<style>\n").Append(Styles).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E($"Plymouth Safeguarding Children Partnership: the year's figures, {year}")).Append("</h1>\n");
        html.Append("<p class=\"note\">").Append(E($"Generated at {UkTime.Show(now)} from the partnership's records: figures from the modules' events, " +
            "agencies' data returns and the figures the partnership published. Where a source supplied nothing, the report says so instead of showing zero. " +
            "No child is identified.")).Append("</p>\n");
        if (rule.Withholds)
            html.Append("<p class=\"note\">").Append(E($"Small numbers: counts of people {rule.SmallWords} are not shown, nor any figure from which one " +
                "could be worked out; they are marked c.")).Append("</p>\n");

        PrioritiesSection(html, financialYear, figures, facts, rule);
        PartnershipDataSection(html, card, rule);
        FundingSection(html, year, facts);
        LearningSection(html, financialYear, figures, facts, rule);
        AuditSection(html, financialYear, figures, card, rule);
        ScrutinySection(html, year, recommendations);
        html.Append("</body>\n</html>\n");
        return new AnnualReportView(year, now, html.ToString());
    }

    private static void PrioritiesSection(StringBuilder html, FinancialYear financialYear, List<PublishedFigure> figures, List<Fact> facts, DisclosureControl rule)
    {
        var (year, previous) = (financialYear.Label, financialYear.Previous.Label);
        html.Append("<section id=\"priorities\">\n<h2>Our priorities: the measures</h2>\n");
        var sections = figures.Where(f => f.Year == year && !OwnSection(f.Section)).GroupBy(f => f.Section).ToList();
        var fromModules = ModuleAnnualFigures(financialYear, facts).ToList();
        if (sections.Count == 0 && fromModules.Count == 0) html.Append("<p class=\"gap\">").Append(E($"No measures were published or received for {year}.")).Append("</p>\n");
        foreach (var section in sections)
        {
            html.Append("<h3>").Append(E(section.Key)).Append("</h3>\n<table>\n<tr><th>Measure</th><th class=\"num\">")
                .Append(E(previous)).Append("</th><th class=\"num\">").Append(E(year)).Append("</th><th>Source</th></tr>\n");
            foreach (var f in section)
            {
                var before = figures.FirstOrDefault(p => p.Year == previous && p.Section == f.Section && p.Measure == f.Measure);
                html.Append("<tr><td>").Append(E(f.Measure)).Append("</td>").Append(before is null ? "<td class=\"num\"></td>" : Published(null, before, rule))
                    .Append(Published($"{f.Section}: {f.Measure}", f, rule)).Append("<td>").Append(E(f.Source)).Append("</td></tr>\n");
            }
            html.Append("</table>\n");
            Legend(html, section.Any(f => Withheld(f, rule)) || figures.Any(p => p.Year == previous && p.Section == section.Key && Withheld(p, rule)), rule);
        }
        if (fromModules.Count > 0)
        {
            html.Append("<h3>Figures the workstreams reported</h3>\n<table>\n<tr><th>Measure</th><th class=\"num\">").Append(E(year)).Append("</th><th>Source</th></tr>\n");
            // Each counts children by itself: no total or breakdown of them is shown here.
            foreach (var (measure, value, source) in fromModules)
                html.Append("<tr><td>").Append(E(measure)).Append("</td>").Append(CountOfPeople(measure, rule.Count((int)value)))
                    .Append("<td>").Append(E(source)).Append("</td></tr>\n");
            html.Append("</table>\n");
            Legend(html, fromModules.Any(m => rule.Count((int)m.Value).Suppressed), rule);
        }
        html.Append("</section>\n");
    }

    /// <summary>Annual figures the modules published as events: children in notices for a period ending in the year, hospital-safeguarded CSA cases.</summary>
    private static IEnumerable<(string Measure, decimal Value, string Source)> ModuleAnnualFigures(FinancialYear year, List<Fact> facts)
    {
        foreach (var f in facts.Where(f => f.Kind == FactKinds.ChildrenInNoticesFigure && f.Until >= year.Starts && f.Until <= year.Ends))
            yield return ($"Children in Public Protection Notices ({f.Period})", f.Value, f.Category ?? "Domestic abuse");
        foreach (var f in facts.Where(f => f.Kind == FactKinds.HospitalSafeguardedCases && f.Period == year.Label))
            yield return ("Children safeguarded at the hospital for sexual abuse", f.Value, f.Category ?? "Child sexual abuse");
    }

    private static bool OwnSection(string section) => section is LearningReviews or QualityAssurance;
    public const string LearningReviews = "Learning reviews";
    public const string QualityAssurance = "Quality assurance";

    private static void PartnershipDataSection(StringBuilder html, ScorecardView card, DisclosureControl rule)
    {
        html.Append("<section id=\"partnership-data\">\n<h2>Partnership data</h2>\n");
        if (card.Measures.All(m => m.Values.All(v => v.Status is QuarterStatus.NoData or QuarterStatus.NotYet))
            && card.Measures.Any(m => m.Values.Any(v => v.Status == QuarterStatus.NoData)))
            html.Append("<p class=\"gap\">").Append(E($"No source supplied any figures for {card.FromQuarter} to {card.ToQuarter}: every measure below has no data, not zero.")).Append("</p>\n");
        html.Append("<table>\n<tr><th>Measure</th>");
        foreach (var q in card.Quarters) html.Append("<th class=\"num\">").Append(E(q)).Append("</th>");
        html.Append("<th>Trend</th></tr>\n");
        foreach (var m in card.Measures)
        {
            html.Append("<tr><td>").Append(E(m.Name)).Append("</td>");
            foreach (var v in m.Values) html.Append(Cell($"{m.Code} {v.Quarter}", v, Unit(m.Unit)));
            // The trend runs only through ended quarters with a figure; with fewer than two there is none to state.
            html.Append("<td data-trend=\"").Append(E(m.Code)).Append("\">")
                .Append(E(m.Trend.Direction == "UNKNOWN" ? "" : $"{m.Trend.Direction.ToLowerInvariant()} {m.Trend.Change?.ToString("+#,##0.##;-#,##0.##;0", Invariant)} ({m.Trend.FromQuarter} to {m.Trend.ToQuarter})"))
                .Append("</td></tr>\n");
        }
        html.Append("</table>\n");
        Legend(html, card.Measures.Any(m => m.Values.Any(v => v.Suppressed)), rule);
        if (card.Gaps.Count > 0)
        {
            html.Append("<h3>Data gaps</h3>\n<ul>\n");
            foreach (var gap in card.Gaps) html.Append("<li class=\"gap\">").Append(E($"{gap.Message} ({gap.Measure}: {string.Join(", ", gap.Quarters)})")).Append("</li>\n");
            html.Append("</ul>\n");
        }
        html.Append("</section>\n");
    }

    /// <summary>
    /// A quarter's cell: a figure (marked "so far" while the quarter is under way), the mark of a figure withheld as a small
    /// number, or the reason there is none ("not yet", no data, nothing to measure) in words. Only a figure shown carries a
    /// data-figure attribute; every cell says its status.
    /// </summary>
    private static string Cell(string figure, QuarterValue v, FigureUnit unit)
    {
        var status = QuarterRules.Code(v.Status);
        if (v.Suppressed) return $"<td class=\"num withheld\" data-status=\"{status}\" data-suppressed=\"{E(figure)}\">{DisclosureControl.Marker}</td>";
        if (v.Value is not { } value)
            return $"<td class=\"gap\" data-status=\"{status}\">{E(v.Note ?? "No data")}</td>";
        var soFar = v.Status == QuarterStatus.InProgress ? " <span class=\"note\">so far</span>" : "";
        return $"<td class=\"num\" data-status=\"{status}\" data-figure=\"{E(figure)}\">{Figure(value, unit)}{soFar}</td>";
    }

    private static void FundingSection(StringBuilder html, string year, List<Fact> facts)
    {
        html.Append("<section id=\"funding\" class=\"keep\">\n<h2>Funding the partnership</h2>\n");
        var income = facts.Where(f => f.Kind == FactKinds.Income && f.Period == year).ToList();
        var spending = facts.Where(f => f.Kind == FactKinds.Expenditure && f.Period == year).ToList();
        if (income.Count == 0 && spending.Count == 0)
        {
            html.Append("<p class=\"gap\">").Append(E($"No funding figures for {year} have been received from the {SourceModules.Funding} module.")).Append("</p>\n</section>\n");
            return;
        }
        // Contributions first (in the order received), then grants, one line per source.
        MoneyTable(html, $"The income for {year} was:", "Agency", "Contribution", "income",
            income.OrderBy(f => f.Outcome == Outcomes.Grant).GroupBy(f => f.Category ?? "").Select(g => (g.Key, g.Sum(f => f.Value))).ToList());
        MoneyTable(html, $"The expenditure for {year} was:", "Item", "Cost", "expenditure",
            spending.GroupBy(f => f.Category ?? "").Select(g => (g.Key, g.Sum(f => f.Value))).ToList());
        var closing = facts.FirstOrDefault(f => f.Kind == FactKinds.YearClosed && f.Period == year);
        var opening = facts.FirstOrDefault(f => f.Kind == FactKinds.YearOpeningReserve && f.Period == year);
        if (closing is null)
            html.Append("<p class=\"note\">").Append(E($"{year} has not been closed, so its reserves are not final.")).Append("</p>\n");
        else
        {
            html.Append("<table>\n<tr><th>Reserves</th><th class=\"num\">Amount</th></tr>\n");
            if (opening is not null) html.Append("<tr><td>At the start of the year</td><td class=\"num\" data-figure=\"reserves-opening\">").Append(Money(opening.Value)).Append("</td></tr>\n");
            html.Append("<tr class=\"total\"><td>At the end of the year</td><td class=\"num\" data-figure=\"reserves-closing\">").Append(Money(closing.Value)).Append("</td></tr>\n</table>\n");
            if (opening is not null && opening.Value + income.Sum(f => f.Value) - spending.Sum(f => f.Value) != closing.Value)
                html.Append("<p class=\"gap\">The reserves do not reconcile with the income and expenditure received; some funding events may not have arrived.</p>\n");
        }
        html.Append("</section>\n");
    }

    private static void MoneyTable(StringBuilder html, string caption, string heading, string amountHeading, string figure, List<(string Label, decimal Amount)> lines)
    {
        html.Append("<table>\n<caption>").Append(E(caption)).Append("</caption>\n<tr><th>").Append(E(heading)).Append("</th><th class=\"num\">").Append(E(amountHeading)).Append("</th></tr>\n");
        foreach (var (label, amount) in lines)
            html.Append("<tr><td>").Append(E(label)).Append("</td><td class=\"num\" data-figure=\"").Append(E($"{figure}: {label}")).Append("\">").Append(Money(amount)).Append("</td></tr>\n");
        html.Append("<tr class=\"total\"><td>Total</td><td class=\"num\" data-figure=\"").Append(figure).Append("-total\">").Append(Money(lines.Sum(l => l.Amount))).Append("</td></tr>\n</table>\n");
    }

    /// <summary>
    /// Rapid reviews due in the year by how they were decided. Each is about one child, so they are counts of children, and
    /// the three rows add up to the reviews the scorecard's rate is taken over, so they are withheld together.
    /// </summary>
    private static void LearningSection(StringBuilder html, FinancialYear financialYear, List<PublishedFigure> figures, List<Fact> facts, DisclosureControl rule)
    {
        html.Append("<section id=\"learning-reviews\" class=\"keep\">\n<h2>Learning reviews</h2>\n");
        var year = financialYear.Label;
        var reviews = facts.Where(f => f.Kind == FactKinds.RapidReview && f.On >= financialYear.Starts && f.On <= financialYear.Ends).ToList();
        if (reviews.Count == 0) html.Append("<p class=\"note\">").Append(E($"No rapid reviews with a deadline in {year} have been received from {SourceModules.Governance}.")).Append("</p>\n");
        else
        {
            var table = rule.Table();
            var rows = new (string Label, string Figure, CountCell Cell)[]
            {
                ("Decided within 15 working days", "rapid-reviews-in-time", table.Count(reviews.Count(r => r.Outcome == Outcomes.OnTime))),
                ("Decided late", "rapid-reviews-late", table.Count(reviews.Count(r => r.Outcome == Outcomes.Late))),
                ("Overdue, undecided", "rapid-reviews-overdue", table.Count(reviews.Count(r => r.Outcome == Outcomes.Overdue))),
            };
            // Their total is what the scorecard's rate of reviews in time is taken over.
            table.Sum(table.Unshown(reviews.Count(r => r.Outcome is Outcomes.OnTime or Outcomes.Late or Outcomes.Overdue)), rows.Select(r => r.Cell));
            html.Append("<table>\n<tr><th>Rapid reviews due in the year</th><th class=\"num\">Number</th></tr>\n");
            foreach (var (label, figure, cell) in rows)
                html.Append("<tr><td>").Append(E(label)).Append("</td>").Append(CountOfPeople(figure, table[cell])).Append("</tr>\n");
            html.Append("</table>\n");
            Legend(html, rows.Any(r => table.IsWithheld(r.Cell)), rule);
        }
        PublishedTable(html, year, figures, LearningReviews, rule);
        html.Append("</section>\n");
    }

    /// <summary>Case audits per quarter as the scorecard counts them, so that a quarter before Governance's first audit says "no data", not 0.</summary>
    private static void AuditSection(StringBuilder html, FinancialYear financialYear, List<PublishedFigure> figures, ScorecardView card, DisclosureControl rule)
    {
        var year = financialYear.Label;
        html.Append("<section id=\"audits\" class=\"keep\">\n<h2>Quality assurance audits</h2>\n");
        html.Append("<table>\n<tr><th>Multi-agency case audits completed</th>");
        var audits = card.Measures.Single(m => m.Code == CaseAuditsMeasure);
        foreach (var v in audits.Values) html.Append("<th class=\"num\">").Append(E(v.Quarter)).Append("</th>");
        html.Append($"</tr>\n<tr><td>Received from {SourceModules.Governance}</td>");
        foreach (var v in audits.Values) html.Append(Cell($"case-audits {v.Quarter}", v, FigureUnit.Count));
        html.Append("</tr>\n</table>\n");
        PublishedTable(html, year, figures, QualityAssurance, rule);
        html.Append("</section>\n");
    }

    private const string CaseAuditsMeasure = "CASE_AUDITS";

    private static void PublishedTable(StringBuilder html, string year, List<PublishedFigure> figures, string section, DisclosureControl rule)
    {
        var list = figures.Where(f => f.Year == year && f.Section == section).ToList();
        if (list.Count == 0) return;
        html.Append("<table>\n<tr><th>As published</th><th class=\"num\">").Append(E(year)).Append("</th><th>Source</th></tr>\n");
        foreach (var f in list)
            html.Append("<tr><td>").Append(E(f.Measure)).Append("</td>").Append(Published($"{f.Section}: {f.Measure}", f, rule))
                .Append("<td>").Append(E(f.Source)).Append("</td></tr>\n");
        html.Append("</table>\n");
        Legend(html, list.Any(f => Withheld(f, rule)), rule);
    }

    /// <summary>A published figure's cell: withheld when it counts people and is small (<see cref="PublishedFigure.Disclosed"/>).</summary>
    private static string Published(string? figure, PublishedFigure f, DisclosureControl rule) =>
        f.Disclosed(rule) is { Suppressed: true } ? Withheld(figure)
            : $"<td class=\"num\"{(figure is null ? "" : $" data-figure=\"{E(figure)}\"")}>{Figure(f.Value, f.Unit)}</td>";

    private static bool Withheld(PublishedFigure f, DisclosureControl rule) => f.Disclosed(rule).Suppressed;

    /// <summary>A count of people's cell: the count, or the mark of one withheld.</summary>
    private static string CountOfPeople(string figure, Disclosed<int> count) =>
        count.Value is { } shown ? $"<td class=\"num\" data-figure=\"{E(figure)}\">{Figure(shown, FigureUnit.Count)}</td>" : Withheld(figure);

    private static string Withheld(string? figure) =>
        $"<td class=\"num withheld\"{(figure is null ? "" : $" data-suppressed=\"{E(figure)}\"")}>{DisclosureControl.Marker}</td>";

    /// <summary>Under a table with a withheld figure: what the mark means.</summary>
    private static void Legend(StringBuilder html, bool anyWithheld, DisclosureControl rule)
    {
        if (anyWithheld) html.Append("<p class=\"note legend\">").Append(E(rule.Explanation)).Append("</p>\n");
    }

    private static void ScrutinySection(StringBuilder html, string year, List<Recommendation> recommendations)
    {
        html.Append("<section id=\"independent-scrutiny\">\n<h2>Independent scrutiny: recommendations and progress</h2>\n");
        if (recommendations.Count == 0)
        {
            html.Append("<p class=\"note\">").Append(E($"No recommendations are recorded for {year}.")).Append("</p>\n</section>\n");
            return;
        }
        html.Append("<table>\n<tr><th>Theme</th><th>The scrutineer wrote</th><th>Owner</th><th>Response</th><th>Status</th></tr>\n");
        foreach (var r in recommendations)
            html.Append("<tr><td>").Append(E(Words(r.Theme))).Append("</td><td>").Append(E(r.Text)).Append("</td><td>").Append(E(r.Owner ?? "Not yet assigned"))
                .Append("</td><td>").Append(E(r.Response ?? "")).Append("</td><td>").Append(E(Words(r.Status))).Append("</td></tr>\n");
        html.Append("</table>\n</section>\n");
    }

    private static string E(string text) => Encoder.Encode(text);

    private static string Money(decimal amount) => "&#xA3;" + amount.ToString("#,##0.00", Invariant);

    private static string Figure(decimal value, FigureUnit unit) => unit switch
    {
        FigureUnit.Percent => value.ToString("0.##", Invariant) + "%",
        FigureUnit.Score => value.ToString("0.00", Invariant),
        _ => value.ToString("#,##0.##", Invariant),
    };

    private static FigureUnit Unit(MeasureUnit unit) => unit switch { MeasureUnit.Percent => FigureUnit.Percent, MeasureUnit.Score => FigureUnit.Score, _ => FigureUnit.Count };

    /// <summary>QualityAssurance as "Quality assurance".</summary>
    private static string Words<T>(T value) where T : struct, Enum
    {
        var code = ApiCode.Of(value).Replace('_', ' ').ToLowerInvariant();
        return char.ToUpperInvariant(code[0]) + code[1..];
    }
}
