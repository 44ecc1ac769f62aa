using Microsoft.EntityFrameworkCore;
using Safeguarding.DomesticAbuse.Contracts;
using Safeguarding.SharedKernel.Events;

namespace Safeguarding.Tests.Integration.SubscriberModule;

/// <summary>
/// Records Domestic Abuse's ProtectionNoticeReceived events (ActionId holds the notice id). When the test has asked for
/// failures (<see cref="DeliveryFaults.FailNext"/>), it throws only once more than <see cref="FailAfter"/> notices have
/// been received, so that a large batch fails midway.
/// </summary>
public sealed class ProtectionNoticeReceivedProbe(TestSubscriberDbContext db, DeliveryFaults faults) : IIntegrationEventHandler<ProtectionNoticeReceived>
{
    public const int FailAfter = 500;

    public async Task HandleAsync(ProtectionNoticeReceived e, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref faults.Attempts);
        db.Received.Add(new ReceivedEvent { EventId = e.EventId, Kind = nameof(ProtectionNoticeReceived), ActionId = e.NoticeId });
        await db.SaveChangesAsync(cancellationToken);
        if (await db.Received.CountAsync(r => r.Kind == nameof(ProtectionNoticeReceived), cancellationToken) > FailAfter && faults.ShouldFail())
            throw new InvalidOperationException("Injected failure for the test.");
    }
}

/// <summary>Records Domestic Abuse's Encompass lateness and MARAC referral events (ActionId holds the notification or referral id).</summary>
public sealed class DomesticAbuseEventsProbe(TestSubscriberDbContext db) :
    IIntegrationEventHandler<EncompassNotificationBecameLate>, IIntegrationEventHandler<EncompassNotificationAcknowledged>, IIntegrationEventHandler<MaracReferralMade>
{
    public Task HandleAsync(EncompassNotificationBecameLate e, CancellationToken cancellationToken) => Record(e, nameof(EncompassNotificationBecameLate), e.NotificationId, cancellationToken);
    public Task HandleAsync(EncompassNotificationAcknowledged e, CancellationToken cancellationToken) => Record(e, nameof(EncompassNotificationAcknowledged), e.NotificationId, cancellationToken);
    public Task HandleAsync(MaracReferralMade e, CancellationToken cancellationToken) => Record(e, nameof(MaracReferralMade), e.ReferralId, cancellationToken);

    private async Task Record(IntegrationEvent e, string kind, Guid id, CancellationToken ct)
    {
        db.Received.Add(new ReceivedEvent { EventId = e.EventId, Kind = kind, ActionId = id });
        await db.SaveChangesAsync(ct);
    }
}
