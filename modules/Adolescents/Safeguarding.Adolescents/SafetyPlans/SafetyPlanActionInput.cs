namespace Safeguarding.Adolescents.SafetyPlans;

/// <summary>An action of a plan as given to saveAdolescentSafetyPlan.</summary>
public sealed class SafetyPlanActionInput
{
    /// <summary>What is to be done.</summary>
    public string? Action { get; set; }
    public string? OwnerAgency { get; set; }
    /// <summary>The UK day it is due.</summary>
    public DateOnly DueOn { get; set; }
}
