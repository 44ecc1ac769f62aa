namespace Safeguarding.Governance.ImprovementPlans;

public sealed class PlanOutcomeGraphType : RecordGraphType<PlanOutcome>
{
    public PlanOutcomeGraphType() : base("ImprovementOutcome", "An outcome of an improvement plan.", x => x.PlanId)
    {
        ShownAs<PlanActivityGraphType>(x => x.Activities, ImprovementPlanGraph.ActivitiesPerOutcome).Description = "By number (1.2 before 1.10).";
    }
}
