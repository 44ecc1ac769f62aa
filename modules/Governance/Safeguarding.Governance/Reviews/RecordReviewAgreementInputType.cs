using GraphQL.Types;

namespace Safeguarding.Governance.Reviews;

public sealed class RecordReviewAgreementInputType : InputObjectGraphType<RecordReviewAgreementInput>
{
    public RecordReviewAgreementInputType()
    {
        Name = "RecordReviewAgreementInput";
        Field<NonNullGraphType<IdGraphType>>("reviewId");
        Field<NonNullGraphType<IdGraphType>>("partnerId").Description("A statutory partner.");
        Field<NonNullGraphType<EnumerationGraphType<ReviewOutcome>>>("outcome");
    }
}
