namespace Safeguarding.Governance.ImprovementPlans;

public sealed class CreatePlanInputType : RecordInputGraphType<CreatePlanInput>
{
    public CreatePlanInputType() : base("CreateImprovementPlanInput")
    {
        Reference(x => x.OwnerPartnerId, required: true);
        Required(x => x.Title);
    }
}
