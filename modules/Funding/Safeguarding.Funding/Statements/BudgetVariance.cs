using Safeguarding.Funding.Years;

namespace Safeguarding.Funding.Statements;

/// <param name="Actual">What was actually received or spent, in pounds.</param>
/// <param name="Budgeted">What was budgeted, in pounds.</param>
/// <param name="Heading">The income source or expenditure category.</param>
/// <param name="Kind">Whether the line is income or expenditure.</param>
public sealed record BudgetVariance(BudgetKind Kind, string Heading, decimal Budgeted, decimal Actual, decimal Variance);
