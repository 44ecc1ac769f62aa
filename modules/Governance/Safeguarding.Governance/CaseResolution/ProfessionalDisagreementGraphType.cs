using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.CaseResolution;

public sealed class ProfessionalDisagreementGraphType : RecordGraphType<ProfessionalDisagreement>
{
    public ProfessionalDisagreementGraphType() : base("ProfessionalDisagreement",
        "A disagreement between agencies under the case resolution protocol, with every stage change.",
        x => x.RaisedByPartnerId, x => x.AgainstPartnerId, x => x.OverdueAnnouncedOn, x => x.Steps, x => x.IsResolved)
    {
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue").Resolve(c => c.Source.IsOverdueOn(c.Service<TimeProvider>().Today()));
        this.PartnerField("raisedBy", x => x.RaisedByPartnerId);
        this.PartnerField("against", x => x.AgainstPartnerId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EscalationStepGraphType>>>>("steps")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().EscalationSteps.AsNoTracking()
                .Where(s => s.DisagreementId == c.Source.Id).OrderBy(s => s.Sequence).ToListAsync(c.CancellationToken));
    }
}
