using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Bodies;

public sealed class BodyMembershipGraphType : RecordGraphType<BodyMembership>
{
    public BodyMembershipGraphType() : base("BodyMembership", null, x => x.BodyId, x => x.PartnerId)
    {
        Describe(x => x.Role, "The post that holds the seat.");
        Field<NonNullGraphType<PartnerGraphType>>("partner")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([c.Source.PartnerId], c.CancellationToken));
    }
}
