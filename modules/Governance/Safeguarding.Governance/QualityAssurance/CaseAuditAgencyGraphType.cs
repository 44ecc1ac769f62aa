using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.QualityAssurance;

public sealed class CaseAuditAgencyGraphType : RecordGraphType<CaseAuditAgency>
{
    public CaseAuditAgencyGraphType() : base("CaseAuditAgency", null, x => x.Id, x => x.AuditId, x => x.PartnerId)
    {
        Field<NonNullGraphType<PartnerGraphType>>("partner")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([c.Source.PartnerId], c.CancellationToken));
    }
}
