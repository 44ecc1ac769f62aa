namespace Safeguarding.Governance.ImprovementPlans;

public sealed class AddMilestoneInputType : RecordInputGraphType<AddMilestoneInput>
{
    public AddMilestoneInputType() : base("AddImprovementMilestoneInput")
    {
        Reference(x => x.ActivityId, required: true);
        Reference(x => x.OwnerPartnerId, required: true);
        Required(x => x.Text);
    }
}
