using GraphQL.Types;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.Governance.QualityAssurance;

public sealed class CaseAuditAgencyGraphType : ObjectGraphType<CaseAuditAgency>
{
    public CaseAuditAgencyGraphType()
    {
        Name = "CaseAuditAgency";
        Field<EnumerationGraphType<AuditGrade>>("grade").Resolve(c => c.Source.Grade);
        Field(x => x.Finding, nullable: true);
        Field<NonNullGraphType<PartnerGraphType>>("partner")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([c.Source.PartnerId], c.CancellationToken));
    }
}
