using GraphQL.Types;

namespace Safeguarding.Governance.Actions;

public sealed class CreateActionInputType : InputObjectGraphType<CreateActionInput>
{
    public CreateActionInputType()
    {
        Name = "CreateActionInput";
        Field<NonNullGraphType<IdGraphType>>("bodyId").Description("The body that agreed the action.");
        Field(x => x.Title);
        Field<NonNullGraphType<IdGraphType>>("ownerPartnerId").Description("The partner that owns the action.");
        Field(x => x.DueDate);
        Field<IdGraphType>("decisionId").Description("The decision the action comes from, if any.");
    }
}
