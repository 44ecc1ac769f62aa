using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.SharedKernel.Web;
using Safeguarding.Funding.Web;

namespace Safeguarding.Funding.Web.Pages.Funding;

public sealed class IndexModel : PartnershipPage
{
    public sealed record YearLabel(string Label);
    public sealed record Income(string Source, bool IsStatutoryPartner, bool IsGrant, decimal Amount, decimal SharePercent);
    public sealed record Spending(string Category, decimal Amount, decimal SharePercent);
    public sealed record YearStatement(string Year, DateOnly StartsOn, DateOnly EndsOn, decimal OpeningReserve, List<Income> Income, decimal TotalIncome,
        List<Spending> Expenditure, decimal TotalExpenditure, decimal Surplus, decimal ClosingReserve);

    protected override WebArea Area => FundingModule.Workspace;

    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    public List<YearLabel> Years { get; private set; } = [];
    public YearStatement? Statement { get; private set; }

    public async Task OnGetAsync()
    {
        var years = await GraphQL.RunAsync("{ financialYears { label } }");
        ShowErrors(years);
        Years = years.Get<List<YearLabel>>("financialYears") ?? [];
        if (Years.Count == 0) return;
        if (Years.All(y => y.Label != Year)) Year = Years[0].Label;
        var answer = await GraphQL.RunAsync("""
            query Statement($year: FinancialYear!) { financialStatement(year: $year) {
              year startsOn endsOn openingReserve totalIncome totalExpenditure surplus closingReserve
              income { source isStatutoryPartner isGrant amount sharePercent } expenditure { category amount sharePercent } } }
            """, new { year = Year });
        ShowErrors(answer);
        Statement = answer.Get<YearStatement>("financialStatement");
    }
}
