namespace Safeguarding.Funding.Statements;

public sealed class IncomeSourceGraphType() : RecordGraphType<IncomeSource>("IncomeSource", null);
