namespace Safeguarding.Scrutiny.Report;

public sealed record AnnualReportView(string FinancialYear, DateTimeOffset GeneratedAt, string Html);
