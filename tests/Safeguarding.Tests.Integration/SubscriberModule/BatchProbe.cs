using Safeguarding.SharedKernel.Events;

namespace Safeguarding.Tests.Integration.SubscriberModule;

/// <summary>An event only the tests publish, numbered so that order and loss show.</summary>
public sealed record NumberedTestEvent(int Number, Guid Marker) : IntegrationEvent;

/// <summary>What the batch handler was handed, call by call; and a number it refuses while told to.</summary>
public sealed class BatchCalls
{
    private readonly List<int> _sizes = [];
    public int? Refuse;
    public void Record(int size) { lock (_sizes) _sizes.Add(size); }
    public IReadOnlyList<int> Sizes { get { lock (_sizes) return [.. _sizes]; } }
}

/// <summary>Takes numbered events a delivery group at a time and records each one as received.</summary>
public sealed class NumberedEventsProbe(TestSubscriberDbContext db, BatchCalls calls) : IIntegrationEventBatchHandler<NumberedTestEvent>
{
    public Task HandleAsync(IReadOnlyList<NumberedTestEvent> events, CancellationToken cancellationToken)
    {
        calls.Record(events.Count);
        foreach (var e in events)
        {
            if (e.Number == calls.Refuse) throw new InvalidOperationException($"Event {e.Number} is refused for the test.");
            db.Received.Add(new ReceivedEvent { EventId = e.EventId, Kind = $"Numbered {e.Number}", ActionId = e.Marker });
        }
        return Task.CompletedTask;
    }
}
