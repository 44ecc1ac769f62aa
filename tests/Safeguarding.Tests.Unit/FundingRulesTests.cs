using Safeguarding.Funding.Statements;
using Safeguarding.Funding.Years;

namespace Safeguarding.Tests.Unit;

public sealed class FundingRulesTests
{
    [Theory]
    [InlineData("0.01", true)]
    [InlineData("242579", true)]
    [InlineData("115500.50", true)]
    [InlineData("0", false)]
    [InlineData("-1", false)]
    [InlineData("10.005", false)]
    [InlineData("10000000", false)]
    public void Amounts_are_positive_pounds_and_pence(string amount, bool valid) =>
        Assert.Equal(valid, Money.IsValidAmount(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_statement_sums_its_lines_and_carries_the_reserve()
    {
        var year = new FinancialYear { Label = "2024/25", OpeningReserve = 100.10m };
        year.Income.Add(new IncomeLine { PartnerId = Guid.NewGuid(), Source = "Council", IsStatutoryPartner = true, Amount = 50.25m });
        year.Income.Add(new IncomeLine { Source = "Grant", Amount = 49.75m });
        year.Expenditure.Add(new ExpenditureLine { Category = "Training", Amount = 120m });
        var statement = FinancialStatement.Of(year);
        Assert.Equal(100m, statement.TotalIncome);
        Assert.Equal(-20m, statement.Surplus);
        Assert.Equal(80.10m, statement.ClosingReserve);
        Assert.Equal([50.25m, 0m, 49.75m], statement.ContributionShares().Select(s => s.Amount));
    }

    [Fact]
    public void CSV_quotes_headings_and_defuses_spreadsheet_formulas()
    {
        var year = new FinancialYear { Label = "2024/25" };
        year.Expenditure.Add(new ExpenditureLine { Category = "=HYPERLINK(\"x\")", Amount = 1m });
        var csv = FinancialStatement.Of(year).ToCsv();
        Assert.Contains("expenditure,\"'=HYPERLINK(\"\"x\"\")\",1.00", csv);
    }
}
