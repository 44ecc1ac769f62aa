using GraphQL.Types;

namespace Safeguarding.Governance.Bodies;

public sealed class AddBodyMemberInputType : InputObjectGraphType<AddBodyMemberInput>
{
    public AddBodyMemberInputType()
    {
        Name = "AddBodyMemberInput";
        Field<NonNullGraphType<IdGraphType>>("bodyId");
        Field<NonNullGraphType<IdGraphType>>("partnerId");
        Field(x => x.Role).Description("The post that holds the seat, e.g. \"Director of Children's Services\".");
        Field(x => x.IsChair, nullable: true);
    }
}
