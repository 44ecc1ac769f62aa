using Safeguarding.Neglect.Contracts;
using Safeguarding.Scrutiny.Persistence;

namespace Safeguarding.Scrutiny.ReadModel;

/// <summary>Neglect's events: child protection plans of every category, and GCP2 assessments by agency. No subject ids are kept.</summary>
internal sealed class NeglectFacts(ScrutinyDbContext db) :
    IIntegrationEventHandler<ChildProtectionPlanStarted>,
    IIntegrationEventHandler<ChildProtectionPlanEnded>,
    IIntegrationEventHandler<AssessmentCompleted>
{
    public async Task HandleAsync(ChildProtectionPlanStarted e, CancellationToken ct)
    {
        var f = await db.FactAsync(FactKinds.ChildProtectionPlan, e.PlanId, ct);
        f.Category = e.Category;
        f.On = e.StartedOn;
    }

    public async Task HandleAsync(ChildProtectionPlanEnded e, CancellationToken ct)
    {
        var f = await db.FactAsync(FactKinds.ChildProtectionPlan, e.PlanId, ct);
        f.Category = e.Category;
        f.On = e.StartedOn;
        f.Until = e.EndedOn;
    }

    public async Task HandleAsync(AssessmentCompleted e, CancellationToken ct)
    {
        var f = await db.FactAsync(FactKinds.Gcp2Assessment, e.AssessmentId, ct);
        f.Agency = e.Agency;
        f.On = e.ObservedOn;
    }
}
