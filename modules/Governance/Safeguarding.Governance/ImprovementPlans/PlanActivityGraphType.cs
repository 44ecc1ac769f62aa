namespace Safeguarding.Governance.ImprovementPlans;

public sealed class PlanActivityGraphType : RecordGraphType<PlanActivity>
{
    public PlanActivityGraphType() : base("ImprovementActivity", null, x => x.OutcomeId)
    {
        ShownAs<PlanMilestoneGraphType>(x => x.Milestones, ImprovementPlanGraph.MilestonesPerActivity).Description = "By due date.";
    }
}
