using Safeguarding.SharedKernel.Events;
using Safeguarding.SharedKernel.Subjects;

namespace Safeguarding.Tests.Integration.SubscriberModule;

/// <summary>Records the subject registry's merges and separations in the test subscriber's table (ActionId holds the absorbed record's id).</summary>
public sealed class RegistryProbe(TestSubscriberDbContext db) : IIntegrationEventHandler<SubjectsMerged>, IIntegrationEventHandler<SubjectsSeparated>
{
    public Task HandleAsync(SubjectsMerged e, CancellationToken ct) => Record(e, nameof(SubjectsMerged), e.AbsorbedId, ct);
    public Task HandleAsync(SubjectsSeparated e, CancellationToken ct) => Record(e, nameof(SubjectsSeparated), e.AbsorbedId, ct);

    private async Task Record(IntegrationEvent e, string kind, Guid id, CancellationToken ct)
    {
        db.Received.Add(new ReceivedEvent { EventId = e.EventId, Kind = kind, ActionId = id });
        await db.SaveChangesAsync(ct);
    }
}
