using Safeguarding.Governance.Partners;

namespace Safeguarding.Governance.QualityAssurance;

public sealed class CaseAuditAgencyGraphType : RecordGraphType<CaseAuditAgency>
{
    public CaseAuditAgencyGraphType() : base("CaseAuditAgency", null, x => x.Id, x => x.AuditId, x => x.PartnerId)
    {
        this.PartnerField("partner", x => x.PartnerId).Description("The agency audited.");
    }
}
