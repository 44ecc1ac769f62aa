namespace Safeguarding.Adolescents.SafetyPlans;

/// <summary>A young person's Adolescent Safety Framework (ASF) plan: the risks, the actions with owning agencies, and the next review.</summary>
public sealed class SafetyPlan
{
    public Guid Id { get; set; }
    public Guid SubjectId { get; set; }
    public DateOnly ReviewOn { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public List<SafetyPlanRisk> Risks { get; set; } = [];
    public List<SafetyPlanAction> Actions { get; set; } = [];
}

public enum RiskLevel { Low, Medium, High }

public sealed class SafetyPlanRisk
{
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public string Description { get; set; } = "";
    public RiskLevel Level { get; set; }
}

public sealed class SafetyPlanAction
{
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public string Action { get; set; } = "";
    public string OwnerAgency { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }
}
