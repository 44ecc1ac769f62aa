namespace Safeguarding.Adolescents.SafetyPlans;

public sealed class SafetyPlanRiskGraphType : RecordGraphType<SafetyPlanRisk>
{
    public SafetyPlanRiskGraphType() : base("AdolescentSafetyPlanRisk", null, x => x.Id, x => x.VersionId) => ShownAs<SafetyPlanRiskLevelGraphType>(x => x.Level);
}
