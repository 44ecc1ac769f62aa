namespace Safeguarding.Governance.CaseResolution;

public sealed class MoveDisagreementInputType : RecordInputGraphType<MoveDisagreementInput>
{
    public MoveDisagreementInputType() : base("MoveProfessionalDisagreementInput", "Escalate to the next stage, or resolve (the note is then the resolution).")
    {
        Reference(x => x.DisagreementId, required: true);
        Required(x => x.Note);
    }
}
