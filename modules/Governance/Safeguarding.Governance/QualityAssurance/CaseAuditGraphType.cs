using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.QualityAssurance;

public sealed class CaseAuditGraphType : RecordGraphType<CaseAudit>
{
    public CaseAuditGraphType() : base("CaseAudit", "A multi-agency case audit, graded per agency.", x => x.Agencies, x => x.IsCompleted)
    {
        Describe(x => x.Quarter, "e.g. 2023/24 Q3.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseAuditAgencyGraphType>>>>("agencies")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().CaseAuditAgencies.AsNoTracking()
                .Where(a => a.AuditId == c.Source.Id).ToListAsync(c.CancellationToken));
    }
}
