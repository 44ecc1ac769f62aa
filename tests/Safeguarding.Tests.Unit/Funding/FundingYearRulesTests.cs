using Safeguarding.Funding.Partners;
using Safeguarding.Funding.Years;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Tests.Unit.Funding;

/// <summary>Opening, recording in and closing a funding year: what is allowed happens, what is not is refused with the API's code and message.</summary>
public sealed class FundingYearRulesTests
{
    private static readonly FundingPartner Council = new() { PartnerId = Guid.NewGuid(), Name = "Plymouth City Council", IsStatutory = true };
    private static readonly DateTimeOffset ClosedAt = new(2025, 4, 30, 12, 0, 0, TimeSpan.Zero);

    private static FundingYear First(decimal reserve = 1_000m) => FundingYear.Open(new FinancialYear(2024), null, anyYearOpened: false, reserve);

    private static FundingYear Closed(decimal reserve = 1_000m)
    {
        var year = First(reserve);
        year.Close(null, null, ClosedAt, "fin.funding");
        return year;
    }

    [Fact]
    public void The_first_year_needs_its_opening_reserve()
    {
        var year = First(250.50m);
        Assert.Equal(("2024/25", new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31), 250.50m, YearStatus.Open),
            (year.Label, year.StartsOn, year.EndsOn, year.OpeningReserve, year.Status));

        var e = Assert.Throws<DomainException>(() => FundingYear.Open(new FinancialYear(2024), null, false, null));
        Assert.Equal((ErrorCodes.Validation, "The first year needs its opening reserve: £0 or more, in pounds and pence."), (e.Code, e.Message));
        Assert.Equal("openingReserve", Assert.Single(e.Problems).Field);
        Assert.Equal(ErrorCodes.Validation, Assert.Throws<DomainException>(() => FundingYear.Open(new FinancialYear(2024), null, false, 0.001m)).Code);
    }

    [Fact]
    public void Years_open_in_order_each_with_the_closing_reserve_of_the_one_before()
    {
        var gap = Assert.Throws<DomainException>(() => FundingYear.Open(new FinancialYear(2026), null, anyYearOpened: true, null));
        Assert.Equal((ErrorCodes.Validation, "Open the years in order: there is no 2025/26 before 2026/27."), (gap.Code, gap.Message));

        var open = First();
        var notClosed = Assert.Throws<DomainException>(() => FundingYear.Open(new FinancialYear(2025), open, true, null));
        Assert.Equal((ErrorCodes.Conflict, "Close 2024/25 first: its closing reserve opens 2025/26."), (notClosed.Code, notClosed.Message));

        var closed = First(1_000m);
        closed.RecordGrant("Working Together grant", 500m);
        closed.Close(null, null, ClosedAt, "fin.funding");
        Assert.Equal(1_500m, FundingYear.Open(new FinancialYear(2025), closed, true, null).OpeningReserve);
        Assert.Equal(1_500m, FundingYear.Open(new FinancialYear(2025), closed, true, 1_500m).OpeningReserve);
        var otherReserve = Assert.Throws<DomainException>(() => FundingYear.Open(new FinancialYear(2025), closed, true, 10m));
        Assert.Equal("openingReserve", Assert.Single(otherReserve.Problems).Field);
    }

    [Fact]
    public void A_contribution_keeps_the_partner_as_it_was_and_is_announced()
    {
        var year = First();
        var recorded = year.RecordContribution(Council.PartnerId, Council, 115_500.50m, new DateOnly(2024, 5, 1));
        var line = Assert.Single(year.Income);
        Assert.Equal((Council.PartnerId, "Plymouth City Council", true, 115_500.50m, false), (line.PartnerId, line.Source, line.IsStatutoryPartner, line.Amount, line.IsGrant));
        Assert.Equal(("2024/25", Council.PartnerId, 115_500.50m, false), (recorded.FinancialYear, recorded.PartnerId, recorded.Amount, recorded.IsGrant));
    }

    [Fact]
    public void A_contribution_is_refused_outside_the_year_for_an_unknown_partner_or_a_bad_amount()
    {
        var year = First();
        var late = Assert.Throws<DomainException>(() => year.RecordContribution(Council.PartnerId, Council, 10m, new DateOnly(2025, 4, 1)));
        Assert.Equal((ErrorCodes.Validation, "receivedOn"), (late.Code, Assert.Single(late.Problems).Field));
        Assert.StartsWith("The date received must fall within 2024/25 (", late.Message);

        var stranger = Guid.NewGuid();
        var unknown = Assert.Throws<DomainException>(() => year.RecordContribution(stranger, null, 10m, null));
        Assert.Equal((ErrorCodes.NotFound, $"No partner was found with id {stranger}."), (unknown.Code, unknown.Message));

        var pence = Assert.Throws<DomainException>(() => year.RecordContribution(Council.PartnerId, Council, 10.005m, null));
        Assert.Equal("amount", Assert.Single(pence.Problems).Field);
        Assert.Empty(year.Income);
    }

    [Fact]
    public void A_budget_heading_is_set_once_and_replaced_whatever_its_case()
    {
        var year = First();
        year.SetBudget(BudgetKind.Expenditure, "Training", 100m);
        year.SetBudget(BudgetKind.Expenditure, " training ", 150m);
        year.SetBudget(BudgetKind.Income, "Training", 20m);
        Assert.Equal([(BudgetKind.Income, "Training", 20m), (BudgetKind.Expenditure, "Training", 150m)],
            year.Budget.Select(b => (b.Kind, b.Heading, b.Amount)).OrderBy(b => b.Kind));
        var blank = Assert.Throws<DomainException>(() => year.SetBudget(BudgetKind.Income, " ", 20m));
        Assert.Equal(("heading", "The heading is required."), (Assert.Single(blank.Problems).Field, blank.Message));
    }

    [Fact]
    public void A_closed_year_is_final()
    {
        var year = Closed();
        Assert.Equal((YearStatus.Closed, ClosedAt, "fin.funding"), (year.Status, year.ClosedAt, year.ClosedBy));
        const string final = "2024/25 is closed: its figures are final and cannot change.";
        foreach (var change in new Action[]
                 {
                     () => year.RecordContribution(Council.PartnerId, Council, 10m, null),
                     () => year.RecordGrant("Grant", 10m),
                     () => year.RecordExpenditure("Training", null, 10m),
                     () => year.SetBudget(BudgetKind.Income, "Grant", 10m),
                     () => year.Close(null, null, ClosedAt, "fin.funding"),
                 })
        {
            var e = Assert.Throws<DomainException>(change);
            Assert.Equal((ErrorCodes.Conflict, final), (e.Code, e.Message));
        }
        Assert.Empty(year.Income);
    }

    [Fact]
    public void Years_close_in_order_and_the_next_opens_with_the_closing_reserve()
    {
        var first = First(1_000m);
        var second = FundingYear.Open(new FinancialYear(2025), Closed(1_000m), true, null);
        var e = Assert.Throws<DomainException>(() => second.Close(First(), null, ClosedAt, "fin.funding"));
        Assert.Equal((ErrorCodes.Conflict, "Close 2024/25 before 2025/26."), (e.Code, e.Message));
        Assert.Equal(YearStatus.Open, second.Status);

        first.RecordExpenditure("Training", null, 400m);
        var closed = first.Close(null, second, ClosedAt, "fin.funding");
        Assert.Equal(600m, second.OpeningReserve);
        Assert.Equal(("2024/25", 0m, 400m, 1_000m, 600m), (closed.FinancialYear, closed.TotalIncome, closed.TotalExpenditure, closed.OpeningReserve, closed.ClosingReserve));
    }
}
