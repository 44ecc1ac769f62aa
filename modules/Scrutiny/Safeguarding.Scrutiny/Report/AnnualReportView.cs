namespace Safeguarding.Scrutiny.Report;

/// <param name="Html">A complete HTML document with print styles; every recorded value is encoded.</param>
public sealed record AnnualReportView(string FinancialYear, DateTimeOffset GeneratedAt, string Html);
