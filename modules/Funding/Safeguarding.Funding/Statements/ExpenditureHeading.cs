namespace Safeguarding.Funding.Statements;

public sealed record ExpenditureHeading(string Category, decimal Amount, decimal SharePercent);
