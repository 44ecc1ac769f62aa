using GraphQL.Types;

namespace Safeguarding.Governance.Reviews;

public sealed class DecideRapidReviewInputType : InputObjectGraphType<DecideRapidReviewInput>
{
    public DecideRapidReviewInputType()
    {
        Name = "DecideRapidReviewInput";
        Field<NonNullGraphType<IdGraphType>>("reviewId");
        Field<NonNullGraphType<EnumerationGraphType<ReviewOutcome>>>("outcome");
        Field(x => x.DecidedOn, nullable: true).Description("Defaults to today.");
    }
}
