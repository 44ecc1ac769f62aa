namespace Safeguarding.Adolescents.SafetyPlans;

/// <summary>A risk of a plan as given to saveAdolescentSafetyPlan.</summary>
public sealed class SafetyPlanRiskInput
{
    public string? Description { get; set; }
    public RiskLevel Level { get; set; }
}
