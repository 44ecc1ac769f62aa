namespace Safeguarding.Adolescents.SafetyPlans;

/// <summary>A risk of a plan as given to saveAdolescentSafetyPlan.</summary>
public sealed class SafetyPlanRiskInput
{
    /// <summary>The risk, in words.</summary>
    public string? Description { get; set; }
    /// <summary>How serious the risk is.</summary>
    public RiskLevel Level { get; set; }
}
