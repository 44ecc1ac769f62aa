using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.Governance.QualityAssurance;

public sealed class CaseAuditGraphType : ObjectGraphType<CaseAudit>
{
    public CaseAuditGraphType()
    {
        Name = "CaseAudit";
        Description = "A multi-agency case audit, graded per agency.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Topic);
        Field(x => x.Quarter).Description("e.g. 2023/24 Q3.");
        Field<IdGraphType>("repeatOfAuditId").Resolve(c => c.Source.RepeatOfAuditId);
        Field(x => x.CompletedOn, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseAuditAgencyGraphType>>>>("agencies")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().CaseAuditAgencies.AsNoTracking()
                .Where(a => a.AuditId == c.Source.Id).ToListAsync(c.CancellationToken));
    }
}
