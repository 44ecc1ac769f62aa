using Safeguarding.Scrutiny.Measures;
using Safeguarding.Scrutiny.Returns;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Tests.Unit.Scrutiny;

/// <summary>Agencies' returns and expected suppliers are checked by their rules; a later return corrects the earlier one.</summary>
public sealed class AgencyReturnRulesTests
{
    private static readonly DateOnly Today = new(2024, 1, 15); // in 2023/24 Q4
    private static readonly DateTimeOffset Now = new(2024, 1, 15, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Police = Guid.NewGuid();

    [Fact]
    public void A_return_is_made_for_a_quarter_that_has_started_and_a_later_one_corrects_it()
    {
        var made = DataReturn.Submit("REREFERRALS_12M", "2023/24 Q4", Police, "Devon and Cornwall Police", 12, " so far ", "alex.admin", Now, Today);
        Assert.Equal(("REREFERRALS_12M", "2023/24 Q4", Police, 12m, "so far"), (made.Measure, made.Quarter, made.PartnerId, made.Value, made.Note));

        made.Correct("Devon & Cornwall Police", 14, " ", "alex.admin", Now.AddDays(1));
        Assert.Equal(("Devon & Cornwall Police", 14m, (string?)null, Now.AddDays(1)), (made.Agency, made.Value, made.Note, made.SubmittedAt));

        var future = Assert.Throws<DomainException>(() => DataReturn.Submit("REREFERRALS_12M", "2024/25 Q1", Police, "Police", 1, null, "alex.admin", Now, Today));
        Assert.Equal((ErrorCodes.Validation, "A return cannot be made for a quarter that has not started."), (future.Code, future.Message));
        var malformed = Assert.Throws<DomainException>(() => DataReturn.Submit("REREFERRALS_12M", "Q3", Police, "Police", -1, null, "alex.admin", Now, Today));
        Assert.Equal(["quarter", "value"], malformed.Problems.Select(p => p.Field));
        var tooBig = Assert.Throws<DomainException>(() => made.Correct("Police", 1_000_001, null, "alex.admin", Now));
        Assert.Equal("The figure must be from 0 to 1,000,000.", tooBig.Message);
        Assert.Equal(14m, made.Value);
    }

    [Fact]
    public void A_supplier_is_expected_from_a_quarter_with_the_month_it_stopped_written_as_yyyy_MM()
    {
        var supplier = DataSupplier.Expect("REREFERRALS_12M", Police, "Devon and Cornwall Police", "2022/23 Q1", "2022-11", " ");
        Assert.Equal(("2022/23 Q1", "2022-11", (string?)null), (supplier.ExpectedFrom, supplier.NoDataSince, supplier.Note));

        var wrong = Assert.Throws<DomainException>(() => DataSupplier.Expect("REREFERRALS_12M", Police, "Police", "2022 Q1", "November 2022", null));
        Assert.Equal(ErrorCodes.Validation, wrong.Code);
        Assert.Equal([("expectedFrom", "The first quarter must look like 2023/24 Q1."), ("noDataSince", "The month must look like 2022-11.")],
            wrong.Problems.Select(p => (p.Field, p.Message)));
    }

    [Fact]
    public void A_scorecard_range_runs_forwards_for_at_most_forty_quarters()
    {
        var range = QuarterRange.Parse("2023/24 Q1", "2023/24 Q4");
        Assert.Equal((new FinancialYear(2023).Quarters[0], new FinancialYear(2023).Quarters[^1]), (range.From, range.To));

        var backwards = Assert.Throws<DomainException>(() => QuarterRange.Parse("2023/24 Q4", "2023/24 Q1"));
        Assert.Equal(("toQuarter", "The last quarter cannot come before the first."), (Assert.Single(backwards.Problems).Field, backwards.Message));
        var tooLong = Assert.Throws<DomainException>(() => QuarterRange.Parse("2013/14 Q1", "2023/24 Q1"));
        Assert.Equal("Ask for at most 40 quarters at a time.", tooLong.Message);
        var malformed = Assert.Throws<DomainException>(() => QuarterRange.Parse("Q1", null));
        Assert.Equal(["fromQuarter", "toQuarter"], malformed.Problems.Select(p => p.Field));
    }
}
