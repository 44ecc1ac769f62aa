namespace Safeguarding.Governance.ImprovementPlans;

/// <summary>A plan with its milestones counted: all, completed, and overdue on the day it was read.</summary>
/// <param name="Overdue">Not completed and past their due date today.</param>
/// <param name="Completed">Milestones reached.</param>
/// <param name="Milestones">Milestones in the plan.</param>
public sealed record PlanProgress(ImprovementPlan Plan, int Milestones, int Completed, int Overdue)
{
    /// <summary>Completed milestones as a percentage of all, two decimals; 0 for a plan without milestones.</summary>
    public decimal PercentComplete => Milestones == 0 ? 0 : Math.Round(100m * Completed / Milestones, 2, MidpointRounding.AwayFromZero);
}
