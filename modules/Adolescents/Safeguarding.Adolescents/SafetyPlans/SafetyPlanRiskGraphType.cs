using GraphQL;
using GraphQL.Types;

namespace Safeguarding.Adolescents.SafetyPlans;

public sealed class SafetyPlanRiskGraphType : ObjectGraphType<SafetyPlanRisk>
{
    public SafetyPlanRiskGraphType()
    {
        Name = "AdolescentSafetyPlanRisk";
        Field(x => x.Description);
        Field<NonNullGraphType<SafetyPlanRiskLevelGraphType>>("level").Resolve(c => c.Source.Level);
    }
}
