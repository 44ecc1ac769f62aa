namespace Safeguarding.Governance.ImprovementPlans;

public sealed class AddActivityInputType : RecordInputGraphType<AddActivityInput>
{
    public AddActivityInputType() : base("AddImprovementActivityInput")
    {
        Reference(x => x.PlanId, required: true);
        Describe(x => x.Outcome, "The outcome the activity serves; a new text adds a new outcome to the plan.");
        Describe(x => x.Number, "e.g. 1.1");
        Describe(x => x.Support, "Support required from other departments or partners.");
    }
}
