using Safeguarding.Governance.Bodies;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Actions;

public sealed class PartnershipActionGraphType : RecordGraphType<PartnershipAction>
{
    public PartnershipActionGraphType() : base("PartnershipAction", "An action agreed by a board or group.",
        x => x.BodyId, x => x.DecisionId, x => x.OwnerPartnerId, x => x.OverdueAnnouncedOn)
    {
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue").Resolve(c => c.Source.IsOverdueOn(c.Service<TimeProvider>().Today()));
        this.PartnerField("owner", x => x.OwnerPartnerId);
        Field<DecisionGraphType>("decision").Description("The decision the action comes from, if any.")
            .ResolveAsync(async c => c.Source.DecisionId is { } id
                ? (object?)await c.Service<GovernanceDbContext>().Decisions.FindAsync([id], c.CancellationToken)
                : null);
        Field<NonNullGraphType<PartnershipBodyGraphType>>("body")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Bodies.AsNoTracking().Include(b => b.Members)
                .FirstAsync(b => b.Id == c.Source.BodyId, c.CancellationToken));
    }
}
