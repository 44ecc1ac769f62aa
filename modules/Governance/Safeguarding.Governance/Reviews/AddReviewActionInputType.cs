using GraphQL.Types;

namespace Safeguarding.Governance.Reviews;

public sealed class AddReviewActionInputType : InputObjectGraphType<AddReviewActionInput>
{
    public AddReviewActionInputType()
    {
        Name = "AddReviewActionInput";
        Field<NonNullGraphType<IdGraphType>>("reviewId");
        Field(x => x.Title);
        Field<NonNullGraphType<IdGraphType>>("ownerBodyId").Description("The body that owns the action.");
        Field(x => x.StartsOn);
        Field(x => x.DueDate).Description("On or after startsOn.");
    }
}
