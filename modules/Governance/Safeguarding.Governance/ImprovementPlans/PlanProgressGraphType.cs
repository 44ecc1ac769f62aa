using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.ImprovementPlans;

/// <summary>The plan's counts are derived; what the API shows of the plan itself is read through it.</summary>
public sealed class PlanProgressGraphType : RecordGraphType<PlanProgress>
{
    public PlanProgressGraphType() : base("ImprovementPlanProgress", null, x => x.Plan)
    {
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Plan.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Description("The plan's title.").Resolve(c => c.Source.Plan.Title);
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn").Description("The UK day the plan starts.").Resolve(c => c.Source.Plan.StartsOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("endsOn").Description("The UK day the plan ends.").Resolve(c => c.Source.Plan.EndsOn);
        this.PartnerField("owner", x => x.Plan.OwnerPartnerId).Description("The partner that owns the plan.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanOutcomeGraphType>>>>("outcomes").Rows(ImprovementPlanGraph.OutcomesPerPlan)
            .Description("What the plan sets out to achieve, each with its activities and their milestones, in the plan's order.")
            .LoadsValue(x => x.Plan.Id, (plans, batch) => PlanOutline.LoadAsync(batch.Service<GovernanceDbContext>(), plans, batch.CancellationToken), []);
    }
}
