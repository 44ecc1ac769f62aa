using System.Text;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.SharedKernel.Web.Charts;
using Safeguarding.SharedKernel.Web;
using Safeguarding.Scrutiny.Web;

namespace Safeguarding.Scrutiny.Web.Pages.Dashboard;

public sealed class IndexModel(TimeProvider clock) : PartnershipPage
{
    /// <param name="Suppressed">["value"] when the figure is withheld as a small number.</param>
    public sealed record QuarterValue(string Quarter, decimal? Value, string? Note, string Status, List<string> Suppressed)
    {
        public bool Withheld => Suppressed.Count > 0;
    }
    public sealed record Trend(string Direction, decimal? Change, string? FromQuarter, string? ToQuarter);
    public sealed record Measure(string Code, string Name, string Description, string Unit, string SourceStatus, string? Note, List<QuarterValue> Values, Trend Trend);
    public sealed record Gap(string Measure, string Agency, string Since, string Message);
    public sealed record Scorecard(string FromQuarter, string ToQuarter, List<string> Quarters, List<Measure> Measures, List<Gap> Gaps);
    public sealed record YearLabel(string Label);
    public sealed record Rule(string SmallWords, string Explanation);
    public sealed record Statement(string Year, decimal TotalIncome, decimal TotalExpenditure, decimal Surplus, decimal ClosingReserve);

    private const string Range = "$from: FinancialQuarter!, $to: FinancialQuarter!";
    protected override WebArea Area => ScrutinyModule.Dashboard;

    /// <summary>How many quarters the dashboard shows: three financial years, ending with the last quarter of the current one.</summary>
    public const int QuarterCount = 12;

    public Scorecard? Card { get; private set; }
    public Statement? Funding { get; private set; }
    /// <summary>The partnership's small-number rule, in words: "fewer than 5".</summary>
    public string SmallWords { get; private set; } = "";
    public string Explanation { get; private set; } = "";
    public string From { get; private set; } = "";
    public string To { get; private set; } = "";

    public async Task OnGetAsync()
    {
        (From, To) = Quarters(clock.Today());
        var answer = await GraphQL.RunAsync($$"""
            query Dashboard({{Range}}) { scorecard(fromQuarter: $from, toQuarter: $to) { fromQuarter toQuarter quarters
              measures { code name description unit sourceStatus note values { quarter value note status suppressed } trend { direction change fromQuarter toQuarter } }
              gaps { measure agency since message } }
              smallNumberRule { smallWords explanation } }
            """, new { from = From, to = To });
        ShowErrors(answer);
        Card = answer.Get<Scorecard>("scorecard");
        if (answer.Get<Rule>("smallNumberRule") is { } rule) (SmallWords, Explanation) = (rule.SmallWords, rule.Explanation);
        var years = await GraphQL.RunAsync("{ financialYears { label } }");
        if (years.Get<List<YearLabel>>("financialYears") is [var year, ..])
            Funding = (await GraphQL.RunAsync("query($y: FinancialYear!) { financialStatement(year: $y) { year totalIncome totalExpenditure surplus closingReserve } }", new { y = year.Label }))
                .Get<Statement>("financialStatement");
    }

    /// <summary>The scorecard as CSV, read through the schema as the signed-in person (same rules as the page).</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        (From, To) = Quarters(clock.Today());
        var answer = await GraphQL.RunAsync($"query Csv({Range}) {{ scorecardCsv(fromQuarter: $from, toQuarter: $to) }}", new { from = From, to = To });
        if (ShowErrors(answer)) return Page();
        return File(Encoding.UTF8.GetBytes(answer.Get<string>("scorecardCsv") ?? ""), "text/csv", $"scorecard {From} to {To}.csv".Replace('/', '-'));
    }

    /// <summary>
    /// The last quarter of the financial year containing <paramref name="today"/> (Q1 is April to June), and the one eleven
    /// before it, as 2023/24 Q1: the quarters of the current year still to come are shown as "not yet".
    /// </summary>
    public static (string From, string To) Quarters(DateOnly today)
    {
        var last = FinancialYear.Of(today).Quarters[^1];
        return (last.Plus(1 - QuarterCount).Label, last.Label);
    }

    /// <summary>A figure is drawn; a quarter under way is drawn apart from the line; a quarter without one is a break labelled with why.</summary>
    public static IReadOnlyList<ChartPoint> Points(Measure m) =>
        m.Values.Select(v => new ChartPoint(v.Quarter, v.Value, Missing(v), Provisional: v.Status == "IN_PROGRESS")).ToList();

    /// <summary>
    /// What stands in a quarter's place when it has no figure: "not yet", "no data", "none to measure", or the mark of a
    /// figure withheld as a small number.
    /// </summary>
    public static string Missing(QuarterValue v) => v.Withheld ? DisclosureControl.Marker : v.Status switch
    {
        "NOT_YET" => "not yet",
        "NOTHING_TO_MEASURE" => "none to measure",
        _ => "no data",
    };

    /// <summary>The figure as the table shows it: marked "so far" while the quarter is under way, or the reason there is none.</summary>
    public static string Shown(Measure m, QuarterValue v) => v.Value is { } x
        ? x.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + Unit(m) + (v.Status == "IN_PROGRESS" ? " so far" : "")
        : Missing(v);

    public static string Unit(Measure m) => m.Unit == "PERCENT" ? "%" : "";

    public static string TrendWords(Measure m) => m.Trend.Direction switch
    {
        "UP" => $"Up by {m.Trend.Change:0.#}{Unit(m)} from {m.Trend.FromQuarter} to {m.Trend.ToQuarter}.",
        "DOWN" => $"Down by {Math.Abs(m.Trend.Change ?? 0):0.#}{Unit(m)} from {m.Trend.FromQuarter} to {m.Trend.ToQuarter}.",
        "STEADY" => $"Steady from {m.Trend.FromQuarter} to {m.Trend.ToQuarter}.",
        _ => "Not enough ended quarters with figures to show a trend.",
    };
}
