using GraphQL.Types;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.Governance.Reviews;

public sealed class ReviewAgreementGraphType : ObjectGraphType<ReviewAgreement>
{
    public ReviewAgreementGraphType()
    {
        Name = "ReviewAgreement";
        Description = "A statutory partner's agreement to a Rapid Review's outcome.";
        Field<NonNullGraphType<EnumerationGraphType<ReviewOutcome>>>("outcome").Resolve(c => c.Source.Outcome);
        Field(x => x.RecordedOn);
        Field<NonNullGraphType<PartnerGraphType>>("partner")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([c.Source.PartnerId], c.CancellationToken));
    }
}
