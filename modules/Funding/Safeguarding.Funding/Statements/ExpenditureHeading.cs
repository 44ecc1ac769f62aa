namespace Safeguarding.Funding.Statements;

/// <param name="Amount">Spent under the category, in pounds.</param>
/// <param name="Category">The expenditure category.</param>
/// <param name="SharePercent">The category's share of the year's expenditure, in per cent.</param>
public sealed record ExpenditureHeading(string Category, decimal Amount, decimal SharePercent);
