using Safeguarding.Governance.Partners;

namespace Safeguarding.Governance.Reviews;

public sealed class ReviewAgreementGraphType : RecordGraphType<ReviewAgreement>
{
    public ReviewAgreementGraphType() : base("ReviewAgreement", "A statutory partner's agreement to a Rapid Review's outcome.",
        x => x.Id, x => x.ReviewId, x => x.PartnerId)
    {
        this.PartnerField("partner", x => x.PartnerId).Description("The statutory partner that agreed.");
    }
}
