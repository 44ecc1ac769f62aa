namespace Safeguarding.Scrutiny.Measures;

/// <summary>The quarters a scorecard covers, from the first to the last (both included), at most <see cref="Scorecard.MaxQuarters"/>.</summary>
public sealed record QuarterRange(FinancialQuarter From, FinancialQuarter To)
{
    /// <summary>The range asked for as "2023/24 Q1" and "2023/24 Q4"; a malformed, reversed or too long range is refused with VALIDATION.</summary>
    public static QuarterRange Parse(string? fromText, string? toText)
    {
        var check = new InputCheck();
        var fromOk = FinancialQuarter.TryParse(fromText, out var from);
        var toOk = FinancialQuarter.TryParse(toText, out var to);
        check.Require(fromOk, "fromQuarter", "The first quarter must look like 2023/24 Q1.")
            .Require(toOk, "toQuarter", "The last quarter must look like 2023/24 Q4.");
        if (fromOk && toOk)
            check.Require(from <= to, "toQuarter", "The last quarter cannot come before the first.")
                .Require(from > to || FinancialQuarter.Range(from, to).Count <= Scorecard.MaxQuarters, "toQuarter", $"Ask for at most {Scorecard.MaxQuarters} quarters at a time.");
        check.ThrowIfInvalid();
        return new QuarterRange(from, to);
    }
}
