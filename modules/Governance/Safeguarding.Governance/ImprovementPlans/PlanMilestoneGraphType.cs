using Safeguarding.Governance.Partners;

namespace Safeguarding.Governance.ImprovementPlans;

public sealed class PlanMilestoneGraphType : RecordGraphType<PlanMilestone>
{
    public PlanMilestoneGraphType() : base("ImprovementMilestone", "A milestone of an improvement plan's activity: what, by when, owned by which partner, and when it was reached.", x => x.ActivityId)
    {
        this.PartnerField("owner", x => x.OwnerPartnerId).Description("The partner agency responsible for it.");
        Field<NonNullGraphType<EnumerationGraphType<MilestoneStatus>>>("status").Description("Today: OPEN, OVERDUE (open and past its due date) or COMPLETED.")
            .Resolve(c => c.Source.StatusOn(c.Service<TimeProvider>().Today()));
    }
}
