using Safeguarding.Governance.Bodies;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Actions;

public sealed class PartnershipActionGraphType : RecordGraphType<PartnershipAction>
{
    public PartnershipActionGraphType() : base("PartnershipAction", "An action agreed by a board or group.",
        x => x.BodyId, x => x.DecisionId, x => x.OwnerPartnerId, x => x.OverdueAnnouncedOn)
    {
        IdentifiedAsNode();
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue").Description("True when it is not completed and its due date has passed.").Resolve(c => c.Source.IsOverdueOn(c.Service<TimeProvider>().Today()));
        this.PartnerField("owner", x => x.OwnerPartnerId).Description("The partner agency that owns it.");
        Field<DecisionGraphType>("decision").Description("The decision the action comes from, if any.")
            .LoadsOne(x => x.DecisionId, DecisionsAsync, d => d.Id);
        this.BodyField("body", x => x.BodyId).Description("The body that agreed the action.");
    }

    /// <summary>The decisions with these ids.</summary>
    private static Task<List<Decision>> DecisionsAsync(IReadOnlyList<Guid> ids, BatchScope batch) =>
        batch.Service<GovernanceDbContext>().Decisions.AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(batch.CancellationToken);
}
