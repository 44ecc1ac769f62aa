using GraphQL.Types;

namespace Safeguarding.Governance.ImprovementPlans;

public sealed class AddMilestoneInputType : InputObjectGraphType<AddMilestoneInput>
{
    public AddMilestoneInputType()
    {
        Name = "AddImprovementMilestoneInput";
        Field<NonNullGraphType<IdGraphType>>("activityId");
        Field(x => x.Text);
        Field(x => x.DueDate).Description("Within the plan's dates.");
        Field<NonNullGraphType<IdGraphType>>("ownerPartnerId");
        Field(x => x.Benefits, nullable: true).Description("Benefits, planned savings, income generated.");
    }
}
