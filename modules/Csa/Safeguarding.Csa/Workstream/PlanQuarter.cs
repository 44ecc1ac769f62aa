namespace Safeguarding.Csa.Workstream;

/// <summary>Sexual abuse plans in a quarter, as the reader may see them: each count of children is withheld when small.</summary>
/// <param name="OpenAtEnd">Plans open at the quarter's end.</param>
/// <param name="QuarterEnd">The quarter's last day.</param>
/// <param name="Started">Plans started in the quarter.</param>
public sealed record PlanQuarter(DateOnly QuarterEnd, Disclosed<int> Started, Disclosed<int> OpenAtEnd);
