using System.Globalization;
using System.Text;
using Safeguarding.Funding.Years;

namespace Safeguarding.Funding.Statements;

/// <summary>A year's statement, computed from its lines every time: totals are never stored twice.</summary>
/// <param name="Surplus">Income less expenditure (negative for a deficit).</param>
/// <param name="Budget">Each budget line against what was received or spent.</param>
/// <param name="ClosingReserve">The reserve at the year's end, in pounds: the opening reserve plus the surplus.</param>
/// <param name="EndsOn">The year's last day, 31 March.</param>
/// <param name="Expenditure">Spending by category.</param>
/// <param name="Income">Income by source.</param>
/// <param name="OpeningReserve">The reserve the year opened with, in pounds.</param>
/// <param name="StartsOn">The year's first day, 1 April.</param>
/// <param name="Status">Whether the year is open or closed.</param>
/// <param name="TotalExpenditure">All spending, in pounds.</param>
/// <param name="TotalIncome">All income, in pounds.</param>
/// <param name="Year">The financial year.</param>
public sealed record FinancialStatement(
    string Year, DateOnly StartsOn, DateOnly EndsOn, YearStatus Status,
    decimal OpeningReserve, IReadOnlyList<IncomeSource> Income, decimal TotalIncome,
    IReadOnlyList<ExpenditureHeading> Expenditure, decimal TotalExpenditure,
    decimal Surplus, decimal ClosingReserve, IReadOnlyList<BudgetVariance> Budget)
{
    public static FinancialStatement Of(FundingYear year)
    {
        var totalIncome = year.TotalIncome;
        var totalExpenditure = year.TotalExpenditure;
        var income = year.Income
            .GroupBy(i => (i.PartnerId, Source: i.PartnerId is null ? i.Source : ""))
            .Select(g => new IncomeSource(g.First().Source, g.Key.PartnerId, g.First().IsStatutoryPartner, g.Key.PartnerId is null,
                g.Sum(i => i.Amount), Share(g.Sum(i => i.Amount), totalIncome)))
            .OrderByDescending(s => s.IsStatutoryPartner).ThenBy(s => s.IsGrant).ThenByDescending(s => s.Amount).ThenBy(s => s.Source)
            .ToList();
        var expenditure = year.Expenditure
            .GroupBy(e => e.Category)
            .Select(g => new ExpenditureHeading(g.Key, g.Sum(e => e.Amount), Share(g.Sum(e => e.Amount), totalExpenditure)))
            .OrderByDescending(e => e.Amount).ThenBy(e => e.Category)
            .ToList();
        var budget = year.Budget
            .Select(b =>
            {
                var actual = b.Kind == BudgetKind.Income
                    ? income.Where(i => string.Equals(i.Source, b.Heading, StringComparison.OrdinalIgnoreCase)).Sum(i => i.Amount)
                    : expenditure.Where(e => string.Equals(e.Category, b.Heading, StringComparison.OrdinalIgnoreCase)).Sum(e => e.Amount);
                return new BudgetVariance(b.Kind, b.Heading, b.Amount, actual, actual - b.Amount);
            })
            .OrderBy(b => b.Kind).ThenBy(b => b.Heading)
            .ToList();
        return new FinancialStatement(year.Label, year.StartsOn, year.EndsOn, year.Status, year.OpeningReserve, income, totalIncome,
            expenditure, totalExpenditure, year.Surplus, year.ClosingReserve, budget);
    }

    /// <summary>Statutory partners, other partners and grants, each with its share of income.</summary>
    public IReadOnlyList<ContributionShare> ContributionShares() =>
    [
        new("Statutory partners", Income.Where(i => i.IsStatutoryPartner).Sum(i => i.Amount), Share(Income.Where(i => i.IsStatutoryPartner).Sum(i => i.Amount), TotalIncome)),
        new("Other partners", Income.Where(i => !i.IsStatutoryPartner && !i.IsGrant).Sum(i => i.Amount), Share(Income.Where(i => !i.IsStatutoryPartner && !i.IsGrant).Sum(i => i.Amount), TotalIncome)),
        new("Grants", Income.Where(i => i.IsGrant).Sum(i => i.Amount), Share(Income.Where(i => i.IsGrant).Sum(i => i.Amount), TotalIncome)),
    ];

    public static IReadOnlyList<FigureChange> Compare(FinancialStatement from, FinancialStatement to) =>
    [
        Change("Total income", from.TotalIncome, to.TotalIncome),
        Change("Total expenditure", from.TotalExpenditure, to.TotalExpenditure),
        Change("Surplus", from.Surplus, to.Surplus),
        Change("Closing reserve", from.ClosingReserve, to.ClosingReserve),
    ];

    /// <summary>The statement as CSV: one row per line, then the totals and reserves. Amounts in pounds with pence.</summary>
    public string ToCsv()
    {
        var csv = new StringBuilder();
        csv.AppendLine("section,heading,amount");
        void Row(string section, string heading, decimal amount) =>
            csv.Append(section).Append(',').Append(Quote(heading)).Append(',').AppendLine(amount.ToString("0.00", CultureInfo.InvariantCulture));
        Row("reserve", $"Opening reserve {Year}", OpeningReserve);
        foreach (var i in Income) Row("income", i.Source, i.Amount);
        Row("total", "Total income", TotalIncome);
        foreach (var e in Expenditure) Row("expenditure", e.Category, e.Amount);
        Row("total", "Total expenditure", TotalExpenditure);
        Row("total", "Surplus", Surplus);
        Row("reserve", $"Closing reserve {Year}", ClosingReserve);
        return csv.ToString();
    }

    private static string Quote(string s)
    {
        // Quote always; double inner quotes; defuse spreadsheet formulas (=, +, -, @ at the start).
        var safe = s.Length > 0 && "=+-@\t\r".Contains(s[0]) ? "'" + s : s;
        return "\"" + safe.Replace("\"", "\"\"") + "\"";
    }

    private static decimal Share(decimal part, decimal whole) => whole == 0 ? 0 : decimal.Round(part * 100 / whole, 2);

    private static FigureChange Change(string measure, decimal from, decimal to) =>
        new(measure, from, to, to - from, from == 0 ? null : decimal.Round((to - from) * 100 / from, 1));
}
