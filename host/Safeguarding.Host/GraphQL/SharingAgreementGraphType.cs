namespace Safeguarding.Host.GraphQL;

public sealed class SharingAgreementGraphType : RecordGraphType<SharingAgreement>
{
    public SharingAgreementGraphType() : base("SharingAgreement", "An information-sharing agreement of the partnership's register (Tier 1 or Tier 2).")
    {
        Field<NonNullGraphType<BooleanGraphType>>("overdueForReview")
            .Description("True once the review date has passed without a review recorded: no sharing basis may cite the agreement until it is reviewed.")
            .Resolve(c => c.Source.IsOverdueForReviewOn(c.RequestServices!.GetRequiredService<TimeProvider>().Today()));
    }
}
