namespace Safeguarding.Adolescents.SafetyPlans;

/// <summary>An action of a plan as given to saveAdolescentSafetyPlan.</summary>
public sealed class SafetyPlanActionInput
{
    public string? Action { get; set; }
    public string? OwnerAgency { get; set; }
    public DateOnly DueOn { get; set; }
}
