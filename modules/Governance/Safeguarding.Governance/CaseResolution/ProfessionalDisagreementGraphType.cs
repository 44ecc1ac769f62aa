using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Governance.CaseResolution;

public sealed class ProfessionalDisagreementGraphType : ObjectGraphType<ProfessionalDisagreement>
{
    public ProfessionalDisagreementGraphType()
    {
        Name = "ProfessionalDisagreement";
        Description = "A disagreement between agencies under the case resolution protocol, with every stage change.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Summary);
        Field(x => x.RaisedOn);
        Field<NonNullGraphType<EnumerationGraphType<EscalationStage>>>("stage").Resolve(c => c.Source.Stage);
        Field(x => x.StageStartedOn);
        Field(x => x.StageDueOn).Description("The stage's time limit in working days after it started.");
        Field(x => x.ResolvedOn, nullable: true);
        Field(x => x.Resolution, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue").Resolve(c => c.Source.IsOverdueOn(c.Service<TimeProvider>().Today()));
        Field<NonNullGraphType<PartnerGraphType>>("raisedBy")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([c.Source.RaisedByPartnerId], c.CancellationToken));
        Field<NonNullGraphType<PartnerGraphType>>("against")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([c.Source.AgainstPartnerId], c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EscalationStepGraphType>>>>("steps")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().EscalationSteps.AsNoTracking()
                .Where(s => s.DisagreementId == c.Source.Id).OrderBy(s => s.Sequence).ToListAsync(c.CancellationToken));
    }
}
