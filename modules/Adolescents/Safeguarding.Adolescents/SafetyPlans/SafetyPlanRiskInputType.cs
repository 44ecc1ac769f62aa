using GraphQL.Types;

namespace Safeguarding.Adolescents.SafetyPlans;

public sealed class SafetyPlanRiskInputType : InputObjectGraphType<SafetyPlanRiskInput>
{
    public SafetyPlanRiskInputType()
    {
        Name = "AdolescentSafetyPlanRiskInput";
        Field(x => x.Description);
        Field<NonNullGraphType<SafetyPlanRiskLevelGraphType>>("level");
    }
}
