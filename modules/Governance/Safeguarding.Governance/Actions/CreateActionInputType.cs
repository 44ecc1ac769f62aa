namespace Safeguarding.Governance.Actions;

public sealed class CreateActionInputType : RecordInputGraphType<CreateActionInput>
{
    public CreateActionInputType() : base("CreateActionInput")
    {
        Reference(x => x.BodyId, required: true);
        Reference(x => x.OwnerPartnerId, required: true);
        Reference(x => x.DecisionId, required: false);
        Required(x => x.Title);
    }
}
