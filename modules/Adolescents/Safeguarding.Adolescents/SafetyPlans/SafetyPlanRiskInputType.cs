namespace Safeguarding.Adolescents.SafetyPlans;

public sealed class SafetyPlanRiskInputType : RecordInputGraphType<SafetyPlanRiskInput>
{
    public SafetyPlanRiskInputType() : base("AdolescentSafetyPlanRiskInput") => ShownAs<SafetyPlanRiskLevelGraphType>(x => x.Level);
}
