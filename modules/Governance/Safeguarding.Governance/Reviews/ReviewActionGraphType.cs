using Safeguarding.Governance.Bodies;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Reviews;

public sealed class ReviewActionGraphType : RecordGraphType<ReviewAction>
{
    public ReviewActionGraphType() : base("ReviewAction", "An action of a review's action plan, owned by a body.", x => x.OwnerBodyId)
    {
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue").Resolve(c => c.Source.IsOverdueOn(c.Service<TimeProvider>().Today()));
        Field<NonNullGraphType<PartnershipBodyGraphType>>("ownerBody")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Bodies.AsNoTracking().Include(b => b.Members)
                .FirstAsync(b => b.Id == c.Source.OwnerBodyId, c.CancellationToken));
    }
}
