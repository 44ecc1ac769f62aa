namespace Safeguarding.Neglect.Workstream;

/// <param name="SharePercent">Neglect plans open at the quarter's end ÷ all plans open then, as a percentage to one decimal place.</param>
public sealed record QuarterShare(DateOnly QuarterEnd, int NeglectPlans, int AllPlans, decimal SharePercent);
