using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Governance.Actions;
using Safeguarding.Governance.Bodies;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Governance.Reviews;

public sealed class ReviewActionGraphType : ObjectGraphType<ReviewAction>
{
    public ReviewActionGraphType()
    {
        Name = "ReviewAction";
        Description = "An action of a review's action plan, owned by a body.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("reviewId").Resolve(c => c.Source.ReviewId);
        Field(x => x.Title);
        Field<NonNullGraphType<EnumerationGraphType<ActionStatus>>>("status").Resolve(c => c.Source.Status);
        Field(x => x.StartsOn);
        Field(x => x.DueDate);
        Field(x => x.CompletedOn, nullable: true);
        Field(x => x.CompletionEvidence, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue").Resolve(c => c.Source.IsOverdueOn(c.Service<TimeProvider>().Today()));
        Field<NonNullGraphType<PartnershipBodyGraphType>>("ownerBody")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Bodies.AsNoTracking().Include(b => b.Members)
                .FirstAsync(b => b.Id == c.Source.OwnerBodyId, c.CancellationToken));
    }
}
