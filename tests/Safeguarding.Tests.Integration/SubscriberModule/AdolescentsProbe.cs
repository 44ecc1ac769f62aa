using Safeguarding.Adolescents.Contracts;
using Safeguarding.SharedKernel.Events;

namespace Safeguarding.Tests.Integration.SubscriberModule;

/// <summary>Records Adolescents' events for Scrutiny in the test subscriber's table (ActionId holds the briefing or episode id).</summary>
public sealed class AdolescentsProbe(TestSubscriberDbContext db) :
    IIntegrationEventHandler<DailyBriefingPublished>, IIntegrationEventHandler<ReturnHomeInterviewBecameOverdue>, IIntegrationEventHandler<ReturnHomeInterviewOffered>
{
    public Task HandleAsync(DailyBriefingPublished e, CancellationToken ct) => Record(e, nameof(DailyBriefingPublished), e.BriefingId, ct);
    public Task HandleAsync(ReturnHomeInterviewBecameOverdue e, CancellationToken ct) => Record(e, nameof(ReturnHomeInterviewBecameOverdue), e.EpisodeId, ct);
    public Task HandleAsync(ReturnHomeInterviewOffered e, CancellationToken ct) => Record(e, e.WithinTime ? "InterviewOfferedOnTime" : "InterviewOfferedLate", e.EpisodeId, ct);

    private async Task Record(IntegrationEvent e, string kind, Guid id, CancellationToken ct)
    {
        db.Received.Add(new ReceivedEvent { EventId = e.EventId, Kind = kind, ActionId = id });
        await db.SaveChangesAsync(ct);
    }
}
