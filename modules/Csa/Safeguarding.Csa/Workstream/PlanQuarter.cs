namespace Safeguarding.Csa.Workstream;

public sealed record PlanQuarter(DateOnly QuarterEnd, int Started, int OpenAtEnd);
