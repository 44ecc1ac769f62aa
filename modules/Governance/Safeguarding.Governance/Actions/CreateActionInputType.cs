namespace Safeguarding.Governance.Actions;

public sealed class CreateActionInputType : RecordInputGraphType<CreateActionInput>
{
    public CreateActionInputType() : base("CreateActionInput")
    {
        Reference(x => x.BodyId, required: true, "The body that agreed the action.");
        Reference(x => x.OwnerPartnerId, required: true, "The partner that owns the action.");
        Reference(x => x.DecisionId, required: false, "The decision the action comes from, if any.");
    }
}
