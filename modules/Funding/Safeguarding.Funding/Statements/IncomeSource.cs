namespace Safeguarding.Funding.Statements;

/// <param name="Amount">The income, in pounds.</param>
/// <param name="IsGrant">Whether it is a grant.</param>
/// <param name="IsStatutoryPartner">Whether it comes from a statutory partner.</param>
/// <param name="PartnerId">The contributing partner's id; null for a grant.</param>
/// <param name="SharePercent">Its share of the year's income, in per cent.</param>
/// <param name="Source">The partner or grant it comes from.</param>
public sealed record IncomeSource(string Source, Guid? PartnerId, bool IsStatutoryPartner, bool IsGrant, decimal Amount, decimal SharePercent);
