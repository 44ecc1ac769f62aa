using GraphQL.Types;

namespace Safeguarding.Adolescents.SafetyPlans;

public sealed class SafetyPlanActionInputType : InputObjectGraphType<SafetyPlanActionInput>
{
    public SafetyPlanActionInputType()
    {
        Name = "AdolescentSafetyPlanActionInput";
        Field(x => x.Action);
        Field(x => x.OwnerAgency).Description("One of the partnership's agencies.");
        Field(x => x.DueOn);
    }
}
