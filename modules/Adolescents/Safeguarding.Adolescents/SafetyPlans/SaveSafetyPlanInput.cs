namespace Safeguarding.Adolescents.SafetyPlans;

/// <summary>What saveAdolescentSafetyPlan is given: the young person, the next review date, the risks and the actions.</summary>
public sealed class SaveSafetyPlanInput
{
    public string? SubjectId { get; set; }
    /// <summary>The next review (today to a year ahead).</summary>
    public DateOnly ReviewOn { get; set; }
    /// <summary>The plan's risks, all of them: the new version replaces the old.</summary>
    public List<SafetyPlanRiskInput>? Risks { get; set; }
    /// <summary>The plan's actions, all of them: the new version replaces the old.</summary>
    public List<SafetyPlanActionInput>? Actions { get; set; }
}
