using GraphQL.Types;
using Safeguarding.Governance.Actions;

namespace Safeguarding.Governance.Reviews;

/// <summary>The same input as a body's action (<see cref="CompleteActionInput"/>), under its own name in the schema.</summary>
public sealed class CompleteReviewActionInputType : InputObjectGraphType<CompleteActionInput>
{
    public CompleteReviewActionInputType()
    {
        Name = "CompleteReviewActionInput";
        Field<NonNullGraphType<IdGraphType>>("actionId");
        Field(x => x.Evidence);
        Field(x => x.CompletedOn, nullable: true).Description("Defaults to today.");
    }
}
