using GraphQL.Types;

namespace Safeguarding.Governance.ImprovementPlans;

public sealed class AddActivityInputType : InputObjectGraphType<AddActivityInput>
{
    public AddActivityInputType()
    {
        Name = "AddImprovementActivityInput";
        Field<NonNullGraphType<IdGraphType>>("planId");
        Field(x => x.Outcome).Description("The outcome the activity serves; a new text adds a new outcome to the plan.");
        Field(x => x.Number).Description("e.g. 1.1");
        Field(x => x.Text);
        Field(x => x.Support, nullable: true).Description("Support required from other departments or partners.");
    }
}
