using Safeguarding.DomesticAbuse.Contracts;
using Safeguarding.Scrutiny.Persistence;

namespace Safeguarding.Scrutiny.ReadModel;

/// <summary>Domestic Abuse's events: children in Public Protection Notices, published figures of them, and Operation Encompass timeliness.</summary>
internal sealed class DomesticAbuseFacts(ScrutinyDbContext db) :
    IIntegrationEventHandler<ProtectionNoticeReceived>,
    IIntegrationEventHandler<ChildrenInNoticesFigureReported>,
    IIntegrationEventHandler<EncompassNotificationAcknowledged>,
    IIntegrationEventHandler<EncompassNotificationBecameLate>
{
    public async Task HandleAsync(ProtectionNoticeReceived e, CancellationToken ct)
    {
        var f = await db.FactAsync(FactKinds.ProtectionNotice, e.NoticeId, ct);
        f.Agency = e.ReportingAgency;
        f.On = FactWriter.UkDate(e.IncidentAt);
        f.Value = e.ChildCount;
    }

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
