namespace Safeguarding.Governance.CaseResolution;

public sealed class EscalationStepGraphType : RecordGraphType<EscalationStep>
{
    public EscalationStepGraphType() : base("EscalationStep", null, x => x.Id, x => x.DisagreementId)
    {
        Describe(x => x.Change, "RAISED, ESCALATED or RESOLVED.");
    }
}
