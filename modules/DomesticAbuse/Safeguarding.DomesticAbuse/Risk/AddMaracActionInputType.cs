using GraphQL.Types;

namespace Safeguarding.DomesticAbuse.Risk;

public sealed class AddMaracActionInputType : InputObjectGraphType<AddMaracActionInput>
{
    public AddMaracActionInputType()
    {
        Name = "AddMaracActionInput";
        Field<NonNullGraphType<IdGraphType>>("referralId");
        Field(x => x.Agency).Description("The agency that owns the action.");
        Field(x => x.Action);
        Field(x => x.DueOn);
    }
}
