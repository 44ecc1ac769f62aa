namespace Safeguarding.DomesticAbuse.Risk;

public sealed class AddMaracActionInputType : RecordInputGraphType<AddMaracActionInput>
{
    public AddMaracActionInputType() : base("AddMaracActionInput")
    {
        Reference(x => x.ReferralId, required: true);
        Required(x => x.Agency, x => x.Action);
    }
}
