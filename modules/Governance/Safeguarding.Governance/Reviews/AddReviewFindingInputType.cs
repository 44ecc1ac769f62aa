using GraphQL.Types;

namespace Safeguarding.Governance.Reviews;

public sealed class AddReviewFindingInputType : InputObjectGraphType<AddReviewFindingInput>
{
    public AddReviewFindingInputType()
    {
        Name = "AddReviewFindingInput";
        Field<NonNullGraphType<IdGraphType>>("reviewId");
        Field(x => x.Theme).Description("e.g. professional curiosity.");
        Field(x => x.Text);
    }
}
