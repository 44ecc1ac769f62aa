namespace Safeguarding.Governance.QualityAssurance;

public sealed class GradeCaseAuditAgencyInputType : RecordInputGraphType<GradeCaseAuditAgencyInput>
{
    public GradeCaseAuditAgencyInputType() : base("GradeCaseAuditAgencyInput")
    {
        Reference(x => x.AuditId, required: true);
        Reference(x => x.PartnerId, required: true);
        Required(x => x.Finding);
    }
}
