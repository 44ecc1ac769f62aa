using GraphQL.Types;

namespace Safeguarding.Governance.Actions;

public sealed class CompleteActionInputType : InputObjectGraphType<CompleteActionInput>
{
    public CompleteActionInputType()
    {
        Name = "CompleteActionInput";
        Field<NonNullGraphType<IdGraphType>>("actionId");
        Field(x => x.Evidence).Description("What shows the action was done (required).");
        Field(x => x.CompletedOn, nullable: true).Description("Defaults to today.");
    }
}
