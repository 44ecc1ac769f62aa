using Safeguarding.Funding.Partners;
using Safeguarding.Funding.Statements;
using Safeguarding.Funding.Years;
using Safeguarding.SharedKernel.Time;

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
        var year = FundingYear.Open(new FinancialYear(2024), previous: null, anyYearOpened: false, openingReserve: 100.10m);
        var council = new FundingPartner { PartnerId = Guid.NewGuid(), Name = "Council", IsStatutory = true };
        year.RecordContribution(council.PartnerId, council, 50.25m, receivedOn: null);
        year.RecordGrant("Grant", 49.75m);
        year.RecordExpenditure("Training", null, 120m);
        var statement = FinancialStatement.Of(year);
        Assert.Equal(100m, statement.TotalIncome);
        Assert.Equal(-20m, statement.Surplus);
        Assert.Equal(80.10m, statement.ClosingReserve);
        Assert.Equal([50.25m, 0m, 49.75m], statement.ContributionShares().Select(s => s.Amount));
    }

    [Fact]
    public void CSV_quotes_headings_and_defuses_spreadsheet_formulas()
    {
        var year = FundingYear.Open(new FinancialYear(2024), previous: null, anyYearOpened: false, openingReserve: 0m);
        year.RecordExpenditure("=HYPERLINK(\"x\")", null, 1m);
        var csv = FinancialStatement.Of(year).ToCsv();
        Assert.Contains("expenditure,\"'=HYPERLINK(\"\"x\"\")\",1.00", csv);
    }
}
