namespace Safeguarding.Funding.Contracts;

/// <summary>Money came in for a financial year: a partner's contribution (PartnerId set) or a grant.</summary>
public sealed record ContributionRecorded(string FinancialYear, Guid? PartnerId, string Source, decimal Amount, bool IsGrant) : IntegrationEvent;

/// <summary>A financial year was closed: its figures are final and its closing reserve opens the next year.</summary>
public sealed record FinancialYearClosed(string FinancialYear, decimal TotalIncome, decimal TotalExpenditure, decimal OpeningReserve, decimal ClosingReserve) : IntegrationEvent;

/// <summary>Money was spent under a heading (category) of a financial year's expenditure.</summary>
public sealed record ExpenditureRecorded(string FinancialYear, string Heading, decimal Amount) : IntegrationEvent;
