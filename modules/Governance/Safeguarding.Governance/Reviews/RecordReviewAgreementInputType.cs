namespace Safeguarding.Governance.Reviews;

public sealed class RecordReviewAgreementInputType : RecordInputGraphType<RecordReviewAgreementInput>
{
    public RecordReviewAgreementInputType() : base("RecordReviewAgreementInput")
    {
        Reference(x => x.ReviewId, required: true);
        Reference(x => x.PartnerId, required: true);
    }
}
