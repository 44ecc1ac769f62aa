using GraphQL.Types;

namespace Safeguarding.Csa.Workstream;

public sealed class CsaSexualAbusePlanGraphType : ObjectGraphType<SexualAbusePlan>
{
    public CsaSexualAbusePlanGraphType()
    {
        Name = "CsaSexualAbusePlan";
        Description = "A child protection plan for sexual abuse, as recorded in the Neglect module.";
        Field<NonNullGraphType<IdGraphType>>("planId").Resolve(c => c.Source.PlanId);
        Field(x => x.StartedOn);
        Field(x => x.EndedOn, nullable: true);
    }
}
