using Safeguarding.Csa.Contracts;
using Safeguarding.Scrutiny.Persistence;

namespace Safeguarding.Scrutiny.ReadModel;

/// <summary>CSA's events: children flagged for a multi-agency discussion, harmful sexual behaviour grades, hospital-safeguarded cases.</summary>
internal sealed class CsaFacts(ScrutinyDbContext db) :
    IIntegrationEventHandler<SubjectFlaggedForDiscussion>,
    IIntegrationEventHandler<HarmfulSexualBehaviourGraded>,
    IIntegrationEventHandler<HospitalSafeguardedCasesReported>
{
    public async Task HandleAsync(SubjectFlaggedForDiscussion e, CancellationToken ct)
    {
        var f = await db.FactAsync(FactKinds.CsaFlag, e.FlagId, ct);
        f.On = e.FlaggedOn;
    }

    public async Task HandleAsync(HarmfulSexualBehaviourGraded e, CancellationToken ct)
    {
        var f = await db.FactAsync(FactKinds.HsbIncident, e.IncidentId, ct);
        f.Agency = e.Agency;
        f.On = e.OccurredOn;
        f.Category = e.Grade;
    }

    public async Task HandleAsync(HospitalSafeguardedCasesReported e, CancellationToken ct)
    {
        var f = await db.FactAsync(FactKinds.HospitalSafeguardedCases, e.FinancialYear, ct);
        f.Period = e.FinancialYear;
        f.Value = e.Cases;
        f.Category = e.Source;
    }
}
