namespace Safeguarding.Neglect.Workstream;

public sealed record QuarterShare(DateOnly QuarterEnd, int NeglectPlans, int AllPlans, decimal SharePercent);
