using System.Text;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.SharedKernel.Web;
using Safeguarding.Scrutiny.Web;

namespace Safeguarding.Scrutiny.Web.Pages.AnnualReport;

public sealed class IndexModel(TimeProvider clock) : PartnershipPage
{
    public sealed record Report(string FinancialYear, UkInstant GeneratedAt, string Html);

    protected override WebArea Area => ScrutinyModule.AnnualReport;

    [BindProperty(SupportsGet = true)] public string? Year { get; set; }

    /// <summary>The financial years to choose from: the last five that have ended, most recent first (2023/24).</summary>
    public IReadOnlyList<string> Years { get; private set; } = [];

    public void OnGet() => Choose();

    /// <summary>The generated report itself, a whole printable page. Its own stylesheet is inline, so this response alone
    /// allows inline styles; it runs no script and may be shown only inside this site.</summary>
    public async Task<IActionResult> OnGetDocumentAsync()
    {
        Choose();
        var answer = await GraphQL.RunAsync("query Report($year: FinancialYear!) { annualReport(financialYear: $year) { financialYear generatedAt html } }", new { year = Year });
        if (ShowErrors(answer, _ => null)) return Page();
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
        return Content(answer.Get<Report>("annualReport")!.Html, "text/html", Encoding.UTF8);
    }

    private void Choose()
    {
        var lastEnded = FinancialYear.Of(clock.Today()).Previous;
        Years = Enumerable.Range(0, 5).Select(i => new FinancialYear(lastEnded.StartYear - i).Label).ToList();
        if (string.IsNullOrWhiteSpace(Year)) Year = Years.Contains("2023/24") ? "2023/24" : Years[0];
    }
}
