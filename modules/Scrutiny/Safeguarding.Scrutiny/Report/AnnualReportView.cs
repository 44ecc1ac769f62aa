namespace Safeguarding.Scrutiny.Report;

/// <param name="Html">A complete HTML document with print styles; every recorded value is encoded.</param>
/// <param name="FinancialYear">The financial year the report covers.</param>
/// <param name="GeneratedAt">When these sections were generated from the data.</param>
public sealed record AnnualReportView(string FinancialYear, DateTimeOffset GeneratedAt, string Html);
