using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.CaseResolution;

public sealed class ProfessionalDisagreementGraphType : RecordGraphType<ProfessionalDisagreement>
{
    public ProfessionalDisagreementGraphType() : base("ProfessionalDisagreement",
        "A disagreement between agencies under the case resolution protocol, with every stage change.",
        x => x.RaisedByPartnerId, x => x.AgainstPartnerId, x => x.OverdueAnnouncedOn, x => x.Steps, x => x.IsResolved)
    {
        IdentifiedAsNode();
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue").Description("True when the current stage has passed its time limit unresolved.").Resolve(c => c.Source.IsOverdueOn(c.Service<TimeProvider>().Today()));
        this.PartnerField("raisedBy", x => x.RaisedByPartnerId).Description("The agency that raised it.");
        this.PartnerField("against", x => x.AgainstPartnerId).Description("The agency the disagreement is with.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EscalationStepGraphType>>>>("steps").Description("Each stage it went through, in order.").LoadsMany(x => x.Id, StepsAsync, s => s.DisagreementId);
    }

    /// <summary>Every stage change of these disagreements, in order.</summary>
    private static Task<List<EscalationStep>> StepsAsync(IReadOnlyList<Guid> disagreements, BatchScope batch) =>
        batch.Service<GovernanceDbContext>().EscalationSteps.AsNoTracking().Where(s => disagreements.Contains(s.DisagreementId)).OrderBy(s => s.Sequence)
            .ToListAsync(batch.CancellationToken);
}
