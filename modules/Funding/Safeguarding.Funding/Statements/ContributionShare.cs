namespace Safeguarding.Funding.Statements;

public sealed record ContributionShare(string Group, decimal Amount, decimal SharePercent);
