namespace Safeguarding.Csa.Workstream;

/// <summary>Sexual abuse plans in a quarter, as the reader may see them: each count of children is withheld when small.</summary>
public sealed record PlanQuarter(DateOnly QuarterEnd, Disclosed<int> Started, Disclosed<int> OpenAtEnd);
