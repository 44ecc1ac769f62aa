using GraphQL.Types;

namespace Safeguarding.Governance.ImprovementPlans;

public sealed class CreatePlanInputType : InputObjectGraphType<CreatePlanInput>
{
    public CreatePlanInputType()
    {
        Name = "CreateImprovementPlanInput";
        Field(x => x.Title);
        Field<NonNullGraphType<IdGraphType>>("ownerPartnerId");
        Field(x => x.StartsOn);
        Field(x => x.EndsOn);
    }
}
