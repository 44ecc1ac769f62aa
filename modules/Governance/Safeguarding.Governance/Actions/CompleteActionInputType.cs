namespace Safeguarding.Governance.Actions;

public sealed class CompleteActionInputType : RecordInputGraphType<CompleteActionInput>
{
    public CompleteActionInputType() : base("CompleteActionInput")
    {
        Reference(x => x.ActionId, required: true);
        Required(x => x.Evidence);
    }
}
