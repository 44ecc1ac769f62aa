using Safeguarding.DomesticAbuse.Contracts;
using Safeguarding.Scrutiny.Persistence;

namespace Safeguarding.Scrutiny.ReadModel;

/// <summary>Domestic Abuse's events: children in Public Protection Notices, published figures of them, and Operation Encompass timeliness.
/// Notices arrive in thousands a day from the police feed, so they are taken a delivery group at a time.</summary>
internal sealed class DomesticAbuseFacts(ScrutinyDbContext db) :
    IIntegrationEventBatchHandler<ProtectionNoticeReceived>,
    IIntegrationEventHandler<ChildrenInNoticesFigureReported>,
    IIntegrationEventHandler<EncompassNotificationAcknowledged>,
    IIntegrationEventHandler<EncompassNotificationBecameLate>
{
    public Task HandleAsync(IReadOnlyList<ProtectionNoticeReceived> notices, CancellationToken ct) =>
        db.WriteFactsAsync(FactKinds.ProtectionNotice, notices, e => e.NoticeId, (f, e) =>
        {
            f.Agency = e.ReportingAgency;
            f.On = FactWriter.UkDate(e.IncidentAt);
            f.Value = e.ChildCount;
        }, ct);

    public async Task HandleAsync(ChildrenInNoticesFigureReported e, CancellationToken ct)
    {
        var f = await db.FactAsync(FactKinds.ChildrenInNoticesFigure, e.Period, ct);
        f.Period = e.Period;
        f.On = e.PeriodStart;
        f.Until = e.PeriodEnd;
        f.Value = e.Children;
        f.Category = e.Source;
    }

    public async Task HandleAsync(EncompassNotificationAcknowledged e, CancellationToken ct)
    {
        var f = await db.FactAsync(FactKinds.EncompassNotification, e.NotificationId, ct);
        f.On = FactWriter.UkDate(e.DeadlineAt);
        f.Outcome = e.OnTime ? Outcomes.OnTime : Outcomes.Late;
    }

    /// <summary>Late unless an on-time acknowledgement is already known (events may arrive in any order).</summary>
    public async Task HandleAsync(EncompassNotificationBecameLate e, CancellationToken ct)
    {
        var f = await db.FactAsync(FactKinds.EncompassNotification, e.NotificationId, ct);
        f.On = FactWriter.UkDate(e.DeadlineAt);
        if (f.Outcome != Outcomes.OnTime) f.Outcome = Outcomes.Late;
    }
}
