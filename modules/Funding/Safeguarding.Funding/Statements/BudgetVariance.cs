using Safeguarding.Funding.Years;

namespace Safeguarding.Funding.Statements;

public sealed record BudgetVariance(BudgetKind Kind, string Heading, decimal Budgeted, decimal Actual, decimal Variance);
