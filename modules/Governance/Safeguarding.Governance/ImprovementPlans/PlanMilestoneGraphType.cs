using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.ImprovementPlans;

public sealed class PlanMilestoneGraphType : RecordGraphType<PlanMilestone>
{
    public PlanMilestoneGraphType() : base("ImprovementMilestone", null, x => x.ActivityId)
    {
        Field<NonNullGraphType<PartnerGraphType>>("owner")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([c.Source.OwnerPartnerId], c.CancellationToken));
        Field<NonNullGraphType<EnumerationGraphType<MilestoneStatus>>>("status").Description("Today: OPEN, OVERDUE (open and past its due date) or COMPLETED.")
            .Resolve(c => c.Source.StatusOn(c.Service<TimeProvider>().Today()));
    }
}
