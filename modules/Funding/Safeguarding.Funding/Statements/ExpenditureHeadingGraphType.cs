namespace Safeguarding.Funding.Statements;

public sealed class ExpenditureHeadingGraphType() : RecordGraphType<ExpenditureHeading>("ExpenditureHeading", null);
