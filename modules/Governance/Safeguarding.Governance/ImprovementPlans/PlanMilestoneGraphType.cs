using Safeguarding.Governance.Partners;

namespace Safeguarding.Governance.ImprovementPlans;

public sealed class PlanMilestoneGraphType : RecordGraphType<PlanMilestone>
{
    public PlanMilestoneGraphType() : base("ImprovementMilestone", null, x => x.ActivityId)
    {
        this.PartnerField("owner", x => x.OwnerPartnerId);
        Field<NonNullGraphType<EnumerationGraphType<MilestoneStatus>>>("status").Description("Today: OPEN, OVERDUE (open and past its due date) or COMPLETED.")
            .Resolve(c => c.Source.StatusOn(c.Service<TimeProvider>().Today()));
    }
}
