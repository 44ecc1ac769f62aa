namespace Safeguarding.Governance.Actions;

public sealed class CompleteActionInputType : RecordInputGraphType<CompleteActionInput>
{
    public CompleteActionInputType() : base("CompleteActionInput")
    {
        Reference(x => x.ActionId, required: true);
        Describe(x => x.Evidence, "What shows the action was done (required).");
        Describe(x => x.CompletedOn, "Defaults to today.");
    }
}
