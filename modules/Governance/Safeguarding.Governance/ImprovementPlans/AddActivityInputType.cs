namespace Safeguarding.Governance.ImprovementPlans;

public sealed class AddActivityInputType : RecordInputGraphType<AddActivityInput>
{
    public AddActivityInputType() : base("AddImprovementActivityInput")
    {
        Reference(x => x.PlanId, required: true);
        Required(x => x.Outcome, x => x.Number, x => x.Text);
    }
}
