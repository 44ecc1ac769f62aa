using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.QualityAssurance;

public sealed class CaseAuditGraphType : RecordGraphType<CaseAudit>
{
    public CaseAuditGraphType() : base("CaseAudit", "A multi-agency case audit, graded per agency.", x => x.Agencies, x => x.IsCompleted)
    {
        IdentifiedAsNode();
        ShownAs<FinancialQuarterGraphType>(x => x.Quarter);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseAuditAgencyGraphType>>>>("agencies").Description("The agencies taking part, each with its grade and finding once graded.").LoadsMany(x => x.Id, AgenciesAsync, a => a.AuditId);
    }

    /// <summary>The agencies graded in these audits.</summary>
    private static Task<List<CaseAuditAgency>> AgenciesAsync(IReadOnlyList<Guid> audits, BatchScope batch) =>
        batch.Service<GovernanceDbContext>().CaseAuditAgencies.AsNoTracking().Where(a => audits.Contains(a.AuditId)).ToListAsync(batch.CancellationToken);
}
