namespace Safeguarding.Adolescents.SafetyPlans;

/// <summary>How serious a risk in a young person's safety plan is (named apart from Domestic Abuse's DASH risk level).</summary>
public sealed class SafetyPlanRiskLevelGraphType : EnumerationGraphType<RiskLevel>
{
    public SafetyPlanRiskLevelGraphType() => Name = "SafetyPlanRiskLevel";
}
