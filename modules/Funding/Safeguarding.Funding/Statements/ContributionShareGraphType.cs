namespace Safeguarding.Funding.Statements;

public sealed class ContributionShareGraphType() : RecordGraphType<ContributionShare>("ContributionShare", null);
