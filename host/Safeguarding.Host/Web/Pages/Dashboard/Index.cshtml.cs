using System.Text;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Host.Web.Charts;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Host.Web.Pages.Dashboard;

public sealed class IndexModel(TimeProvider clock) : PartnershipPage
{
    public sealed record QuarterValue(string Quarter, decimal? Value, string? Note);
    public sealed record Trend(string Direction, decimal? Change, string? FromQuarter, string? ToQuarter);
    public sealed record Measure(string Code, string Name, string Description, string Unit, string SourceStatus, string? Note, List<QuarterValue> Values, Trend Trend);
    public sealed record Gap(string Measure, string Agency, string Since, string Message);
    public sealed record Scorecard(string FromQuarter, string ToQuarter, List<string> Quarters, List<Measure> Measures, List<Gap> Gaps);
    public sealed record YearLabel(string Label);
    public sealed record Statement(string Year, decimal TotalIncome, decimal TotalExpenditure, decimal Surplus, decimal ClosingReserve);

    private const string Range = "$from: String!, $to: String!";
    protected override WebArea Area => WebAreas.Dashboard;

    /// <summary>How many quarters, ending with the current one, the dashboard shows.</summary>
    public const int QuarterCount = 12;

    public Scorecard? Card { get; private set; }
    public Statement? Funding { get; private set; }
    public string From { get; private set; } = "";
    public string To { get; private set; } = "";

    public async Task OnGetAsync()
    {
        (From, To) = Quarters(clock.Today());
        var answer = await GraphQL.RunAsync($$"""
            query Dashboard({{Range}}) { scorecard(fromQuarter: $from, toQuarter: $to) { fromQuarter toQuarter quarters
              measures { code name description unit sourceStatus note values { quarter value note } trend { direction change fromQuarter toQuarter } }
              gaps { measure agency since message } } }
            """, new { from = From, to = To });
        ShowErrors(answer);
        Card = answer.Get<Scorecard>("scorecard");
        var years = await GraphQL.RunAsync("{ financialYears { label } }");
        if (years.Get<List<YearLabel>>("financialYears") is [var year, ..])
            Funding = (await GraphQL.RunAsync("query($y: String!) { financialStatement(year: $y) { year totalIncome totalExpenditure surplus closingReserve } }", new { y = year.Label }))
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

    /// <summary>The financial quarter containing <paramref name="today"/> (Q1 is April to June), and the one eleven before it, as 2023/24 Q1.</summary>
    public static (string From, string To) Quarters(DateOnly today)
    {
        var current = FinancialQuarter.Of(today);
        return (current.Plus(1 - QuarterCount).Label, current.Label);
    }

    public static IReadOnlyList<ChartPoint> Points(Measure m) => m.Values.Select(v => new ChartPoint(v.Quarter, v.Value)).ToList();

    public static string Unit(Measure m) => m.Unit == "PERCENT" ? "%" : "";

    public static string TrendWords(Measure m) => m.Trend.Direction switch
    {
        "UP" => $"Up by {m.Trend.Change:0.#}{Unit(m)} from {m.Trend.FromQuarter} to {m.Trend.ToQuarter}.",
        "DOWN" => $"Down by {Math.Abs(m.Trend.Change ?? 0):0.#}{Unit(m)} from {m.Trend.FromQuarter} to {m.Trend.ToQuarter}.",
        "STEADY" => $"Steady from {m.Trend.FromQuarter} to {m.Trend.ToQuarter}.",
        _ => "Not enough figures to show a trend.",
    };
}
