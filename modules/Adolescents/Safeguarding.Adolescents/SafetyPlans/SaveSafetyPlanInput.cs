namespace Safeguarding.Adolescents.SafetyPlans;

/// <summary>What saveAdolescentSafetyPlan is given: the young person, the next review date, the risks and the actions.</summary>
public sealed class SaveSafetyPlanInput
{
    public string? SubjectId { get; set; }
    /// <summary>The next review (today to a year ahead).</summary>
    public DateOnly ReviewOn { get; set; }
    public List<SafetyPlanRiskInput>? Risks { get; set; }
    public List<SafetyPlanActionInput>? Actions { get; set; }
}
