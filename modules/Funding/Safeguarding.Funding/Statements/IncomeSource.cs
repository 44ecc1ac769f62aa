namespace Safeguarding.Funding.Statements;

public sealed record IncomeSource(string Source, Guid? PartnerId, bool IsStatutoryPartner, bool IsGrant, decimal Amount, decimal SharePercent);
