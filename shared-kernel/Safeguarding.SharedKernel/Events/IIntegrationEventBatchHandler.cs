namespace Safeguarding.SharedKernel.Events;

/// <summary>
/// Handles many events of one kind at once, for handlers that can write set-based (read models, counters): the bus
/// hands it each run of consecutive deliveries of this event in a delivery group, in publication order, inside the
/// group's one transaction. When a group fails and is redone one delivery at a time, the batch is a single event.
/// Still idempotent in effect, like every handler.
/// </summary>
public interface IIntegrationEventBatchHandler<TEvent> : IIntegrationEventHandler<TEvent> where TEvent : IntegrationEvent
{
    Task HandleAsync(IReadOnlyList<TEvent> integrationEvents, CancellationToken cancellationToken);

    Task IIntegrationEventHandler<TEvent>.HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken) =>
        HandleAsync([integrationEvent], cancellationToken);
}
