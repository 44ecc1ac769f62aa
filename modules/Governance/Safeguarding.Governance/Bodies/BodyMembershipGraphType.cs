using GraphQL.Types;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.Governance.Bodies;

public sealed class BodyMembershipGraphType : ObjectGraphType<BodyMembership>
{
    public BodyMembershipGraphType()
    {
        Name = "BodyMembership";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Role).Description("The post that holds the seat.");
        Field(x => x.IsChair);
        Field<NonNullGraphType<PartnerGraphType>>("partner")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([c.Source.PartnerId], c.CancellationToken));
    }
}
