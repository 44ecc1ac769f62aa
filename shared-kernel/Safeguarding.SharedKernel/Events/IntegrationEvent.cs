namespace Safeguarding.SharedKernel.Events;

/// <summary>
/// A fact one module tells the others, published through its outbox in the same transaction as
/// the data it describes. Integration events carry no child identity: only pseudonymous subject ids.
/// </summary>
public abstract record IntegrationEvent
{
    /// <summary>Time-ordered (version 7), so outbox and inbox rows are appended to their indexes in publication order.</summary>
    public Guid EventId { get; init; } = Guid.CreateVersion7();
    public DateTimeOffset OccurredAt { get; init; }
}

/// <summary>Handles one kind of integration event in a subscribing module. Must be idempotent in effect;
/// the bus also records each delivery in the subscriber's inbox so a handler runs to success once.</summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}

public static class IntegrationEventHandlers
{
    public static IEnumerable<Type> HandledEvents(Type handlerType) =>
        handlerType.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IIntegrationEventHandler<>))
            .Select(i => i.GetGenericArguments()[0]);

    /// <summary>The stable name an event is stored under in outboxes and inboxes.</summary>
    public static string NameOf(Type eventType) => eventType.FullName ?? eventType.Name;
}

/// <summary>
/// A module DbContext whose tables (some or all) are built only from integration events. Replaying the event history
/// to the module (<see cref="IntegrationEventBus.ReplayAsync"/>) first calls <see cref="ClearReadModelAsync"/> inside the
/// replay's transaction, so the rebuilt tables hold each event's effect exactly once. Tables the module's users write
/// (not derived from events) must not be cleared.
/// </summary>
public interface IRebuildableReadModel
{
    Task ClearReadModelAsync(CancellationToken cancellationToken);
}

/// <summary>What a replay did: how many stored events the module handles, how many handler calls, and whether read models were cleared first.</summary>
/// <param name="Module">The module rebuilt.</param>
public sealed record EventReplay(string Module, int Events, int Deliveries, bool ReadModelCleared)
{
    public string Describe() => $"{Events} events, {Deliveries} deliveries" + (ReadModelCleared ? ", read models cleared and rebuilt" : "");
}
