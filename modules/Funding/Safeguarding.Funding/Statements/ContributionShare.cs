namespace Safeguarding.Funding.Statements;

/// <param name="Amount">The group's income, in pounds.</param>
/// <param name="Group">Statutory partners, other partners or grants.</param>
/// <param name="SharePercent">The group's share of the year's income, in per cent.</param>
public sealed record ContributionShare(string Group, decimal Amount, decimal SharePercent);
