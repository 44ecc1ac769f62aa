using GraphQL.Types;
using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.Governance.ImprovementPlans;

public sealed class PlanActivityGraphType : ObjectGraphType<PlanActivity>
{
    public PlanActivityGraphType()
    {
        Name = "ImprovementActivity";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Number);
        Field(x => x.Text);
        Field(x => x.Support, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanMilestoneGraphType>>>>("milestones").Rows(ImprovementPlanGraph.MilestonesPerActivity)
            .Description("By due date.")
            .Resolve(c => c.Source.Milestones);
    }
}
