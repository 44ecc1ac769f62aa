namespace Safeguarding.Adolescents.SafetyPlans;

/// <summary>A risk as one version of a plan described it.</summary>
public sealed class SafetyPlanRisk
{
    public Guid Id { get; set; }
    public Guid VersionId { get; set; }
    public string Description { get; set; } = "";
    public RiskLevel Level { get; set; }
}
