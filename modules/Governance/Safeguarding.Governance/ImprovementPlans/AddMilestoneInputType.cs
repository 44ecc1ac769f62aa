namespace Safeguarding.Governance.ImprovementPlans;

public sealed class AddMilestoneInputType : RecordInputGraphType<AddMilestoneInput>
{
    public AddMilestoneInputType() : base("AddImprovementMilestoneInput")
    {
        Reference(x => x.ActivityId, required: true);
        Describe(x => x.DueDate, "Within the plan's dates.");
        Reference(x => x.OwnerPartnerId, required: true);
        Describe(x => x.Benefits, "Benefits, planned savings, income generated.");
    }
}
