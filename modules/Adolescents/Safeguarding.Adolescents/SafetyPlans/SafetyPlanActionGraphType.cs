using GraphQL;
using GraphQL.Types;

namespace Safeguarding.Adolescents.SafetyPlans;

public sealed class SafetyPlanActionGraphType : ObjectGraphType<SafetyPlanAction>
{
    public SafetyPlanActionGraphType()
    {
        Name = "AdolescentSafetyPlanAction";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Action);
        Field(x => x.OwnerAgency);
        Field(x => x.DueOn);
        Field(x => x.DoneOn, nullable: true);
    }
}
