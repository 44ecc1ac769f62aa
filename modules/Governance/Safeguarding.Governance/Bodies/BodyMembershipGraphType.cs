using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Bodies;

public sealed class BodyMembershipGraphType : RecordGraphType<BodyMembership>
{
    public BodyMembershipGraphType() : base("BodyMembership", null, x => x.BodyId, x => x.PartnerId)
    {
        Field<NonNullGraphType<PartnerGraphType>>("partner")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([c.Source.PartnerId], c.CancellationToken));
    }
}
