using System.Collections.Concurrent;
using System.Reflection;

namespace Safeguarding.SharedKernel.Events;

/// <summary>
/// Calls a handler for one event, or for a run of events of one kind, without reflection per call: the typed call is
/// built once per handler and event type. A handler that is an <see cref="IIntegrationEventBatchHandler{TEvent}"/> takes
/// the whole run; any other takes the run's events one after another.
/// </summary>
internal static class HandlerInvocation
{
    private delegate Task Invoke(object handler, IReadOnlyList<IntegrationEvent> events, CancellationToken ct);

    private static readonly ConcurrentDictionary<(Type Handler, Type Event), Invoke> Calls = new();

    public static Task HandleAsync(object handler, Type eventType, IReadOnlyList<IntegrationEvent> events, CancellationToken ct) =>
        Calls.GetOrAdd((handler.GetType(), eventType), Build)(handler, events, ct);

    private static Invoke Build((Type Handler, Type Event) k)
    {
        var batch = typeof(IIntegrationEventBatchHandler<>).MakeGenericType(k.Event).IsAssignableFrom(k.Handler);
        var method = typeof(HandlerInvocation).GetMethod(batch ? nameof(AsBatch) : nameof(OneByOne), BindingFlags.NonPublic | BindingFlags.Static)!;
        return method.MakeGenericMethod(k.Event).CreateDelegate<Invoke>();
    }

    private static Task AsBatch<TEvent>(object handler, IReadOnlyList<IntegrationEvent> events, CancellationToken ct) where TEvent : IntegrationEvent =>
        ((IIntegrationEventBatchHandler<TEvent>)handler).HandleAsync(events.Cast<TEvent>().ToList(), ct);

    private static async Task OneByOne<TEvent>(object handler, IReadOnlyList<IntegrationEvent> events, CancellationToken ct) where TEvent : IntegrationEvent
    {
        var typed = (IIntegrationEventHandler<TEvent>)handler;
        foreach (var e in events) await typed.HandleAsync((TEvent)e, ct);
    }
}
