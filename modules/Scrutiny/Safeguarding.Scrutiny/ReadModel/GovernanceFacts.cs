using Safeguarding.Governance.Contracts;
using Safeguarding.Scrutiny.Persistence;

namespace Safeguarding.Scrutiny.ReadModel;

/// <summary>Governance's events: partners (for agency names), overdue actions by body, rapid reviews, case audits and training.</summary>
internal sealed class GovernanceFacts(ScrutinyDbContext db) :
    IIntegrationEventHandler<PartnerRegistered>,
    IIntegrationEventHandler<PartnerRenamed>,
    IIntegrationEventHandler<PartnershipActionBecameOverdue>,
    IIntegrationEventHandler<PartnershipActionCompleted>,
    IIntegrationEventHandler<LearningReviewDecided>,
    IIntegrationEventHandler<LearningReviewBecameOverdue>,
    IIntegrationEventHandler<CaseAuditCompleted>,
    IIntegrationEventHandler<TrainingSessionRecorded>,
    IIntegrationEventHandler<TrainingSessionEvaluated>
{
    public async Task HandleAsync(PartnerRegistered e, CancellationToken ct)
    {
        var f = await db.FactAsync(FactKinds.Partner, e.PartnerId, ct);
        f.Category = e.Name;
        f.Outcome = e.IsStatutory ? Outcomes.Statutory : null;
    }

    /// <summary>Figures broken down by agency name it as it is called now.</summary>
    public async Task HandleAsync(PartnerRenamed e, CancellationToken ct)
    {
        var f = await db.FactAsync(FactKinds.Partner, e.PartnerId, ct);
        f.Category = e.Name;
    }

    public async Task HandleAsync(PartnershipActionBecameOverdue e, CancellationToken ct)
    {
        var f = await db.FactAsync(FactKinds.OverdueAction, e.ActionId, ct);
        f.Agency = e.BodyName;
        f.On = e.DueDate;
    }

    /// <summary>Only an action that was (or became) overdue is a fact here; its completion ends its time overdue.</summary>
    public async Task HandleAsync(PartnershipActionCompleted e, CancellationToken ct)
    {
        var known = await db.Facts.FindAsync([FactKinds.OverdueAction, e.ActionId.ToString()], ct);
        if (known is null && !e.CompletedLate) return;
        var f = known ?? await db.FactAsync(FactKinds.OverdueAction, e.ActionId, ct);
        f.Agency = e.BodyName;
        f.On = e.DueDate;
        f.Until = e.CompletedOn;
    }

    public async Task HandleAsync(LearningReviewDecided e, CancellationToken ct)
    {
        var f = await db.FactAsync(FactKinds.RapidReview, e.ReviewId, ct);
        f.On = e.DeadlineOn;
        f.Until = e.DecidedOn;
        f.Category = e.Outcome;
        f.Outcome = e.DecidedInTime ? Outcomes.OnTime : Outcomes.Late;
    }

    /// <summary>Overdue until decided: a decision (late) that arrives first is kept.</summary>
    public async Task HandleAsync(LearningReviewBecameOverdue e, CancellationToken ct)
    {
        var f = await db.FactAsync(FactKinds.RapidReview, e.ReviewId, ct);
        f.On = e.DeadlineOn;
        if (f.Until is null) f.Outcome = Outcomes.Overdue;
    }

    public async Task HandleAsync(CaseAuditCompleted e, CancellationToken ct)
    {
        var f = await db.FactAsync(FactKinds.CaseAudit, e.AuditId, ct);
        f.Period = e.Quarter;
        f.On = e.CompletedOn;
        f.Category = e.Topic;
    }

    public async Task HandleAsync(TrainingSessionRecorded e, CancellationToken ct)
    {
        var f = await db.FactAsync(FactKinds.TrainingSession, e.SessionId, ct);
        f.On = e.HeldOn;
        f.Value = e.Attendees;
        foreach (var a in e.ByAgency)
        {
            var byAgency = await db.FactAsync(FactKinds.TrainingAttendance, $"{e.SessionId}:{a.PartnerId}", ct);
            byAgency.On = e.HeldOn;
            byAgency.Agency = a.PartnerId.ToString();
            byAgency.Value = a.Attendees;
        }
    }

    /// <summary>One evaluation form: its average over the questions answered.</summary>
    public async Task HandleAsync(TrainingSessionEvaluated e, CancellationToken ct)
    {
        var f = await db.FactAsync(FactKinds.TrainingEvaluation, e.EventId, ct);
        f.On = e.HeldOn;
        f.Category = e.SessionId.ToString();
        f.Value = e.AverageScore;
    }
}
