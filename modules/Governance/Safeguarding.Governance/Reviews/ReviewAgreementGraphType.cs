using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Reviews;

public sealed class ReviewAgreementGraphType : RecordGraphType<ReviewAgreement>
{
    public ReviewAgreementGraphType() : base("ReviewAgreement", "A statutory partner's agreement to a Rapid Review's outcome.",
        x => x.Id, x => x.ReviewId, x => x.PartnerId)
    {
        Field<NonNullGraphType<PartnerGraphType>>("partner")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([c.Source.PartnerId], c.CancellationToken));
    }
}
