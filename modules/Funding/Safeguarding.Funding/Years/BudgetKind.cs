namespace Safeguarding.Funding.Years;

public enum BudgetKind { Income, Expenditure }
