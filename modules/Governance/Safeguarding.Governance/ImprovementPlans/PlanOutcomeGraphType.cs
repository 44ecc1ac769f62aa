using GraphQL.Types;
using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.Governance.ImprovementPlans;

public sealed class PlanOutcomeGraphType : ObjectGraphType<PlanOutcome>
{
    public PlanOutcomeGraphType()
    {
        Name = "ImprovementOutcome";
        Description = "An outcome of an improvement plan.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Text);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanActivityGraphType>>>>("activities").Rows(ImprovementPlanGraph.ActivitiesPerOutcome)
            .Description("By number (1.2 before 1.10).")
            .Resolve(c => c.Source.Activities);
    }
}
