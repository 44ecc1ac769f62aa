using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Safeguarding.SharedKernel.Events;

/// <summary>
/// What this instance's event bus delivered, per subscribing module: deliveries a second over the last minute and the
/// lag of the latest delivery (from the event's publication to its handler's commit). Published as .NET metrics
/// (meter <c>Safeguarding.EventBus</c>: counter <c>safeguarding.events.delivered</c>, histogram
/// <c>safeguarding.events.delivery_lag</c> in seconds, tagged with the module) for a metrics exporter, and read by the
/// readiness check. Backlogs are counted from the databases instead, where every instance's work shows.
/// </summary>
public sealed class EventDeliveryMetrics : IDisposable
{
    private const int WindowSeconds = 60;
    private readonly Meter _meter = new("Safeguarding.EventBus");
    private readonly Counter<long> _delivered;
    private readonly Histogram<double> _lag;
    private readonly ConcurrentDictionary<string, Window> _modules = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    public EventDeliveryMetrics(TimeProvider clock)
    {
        _clock = clock;
        _delivered = _meter.CreateCounter<long>("safeguarding.events.delivered", "{delivery}", "Deliveries of integration events to a module's handlers.");
        _lag = _meter.CreateHistogram<double>("safeguarding.events.delivery_lag", "s", "From an event's publication to the commit of its delivery.");
    }

    /// <summary>Records deliveries that just committed; <paramref name="occurredAt"/> are the events' publication times.</summary>
    public void Delivered(string module, IReadOnlyCollection<DateTimeOffset> occurredAt)
    {
        if (occurredAt.Count == 0) return;
        var now = _clock.GetUtcNow();
        var tag = new KeyValuePair<string, object?>("module", module);
        _delivered.Add(occurredAt.Count, tag);
        foreach (var at in occurredAt) _lag.Record(Math.Max(0, (now - at).TotalSeconds), tag);
        _modules.GetOrAdd(module, _ => new Window()).Add(now, occurredAt.Count, now - occurredAt.Min());
    }

    /// <summary>Deliveries a second over the last minute, and the lag of the oldest event in the latest delivery.</summary>
    public (double PerSecond, TimeSpan? LatestLag) For(string module) =>
        _modules.TryGetValue(module, out var window) ? window.Read(_clock.GetUtcNow()) : (0, null);

    public void Dispose() => _meter.Dispose();

    /// <summary>Counts per second over the last minute, in a ring of one-second buckets.</summary>
    private sealed class Window
    {
        private readonly long[] _seconds = new long[WindowSeconds];
        private readonly long[] _counts = new long[WindowSeconds];
        private TimeSpan? _latestLag;

        public void Add(DateTimeOffset now, int count, TimeSpan lag)
        {
            var second = now.ToUnixTimeSeconds();
            lock (this)
            {
                var i = (int)(second % WindowSeconds);
                if (_seconds[i] != second) { _seconds[i] = second; _counts[i] = 0; }
                _counts[i] += count;
                _latestLag = lag;
            }
        }

        public (double, TimeSpan?) Read(DateTimeOffset now)
        {
            var second = now.ToUnixTimeSeconds();
            lock (this)
            {
                long total = 0;
                for (var i = 0; i < WindowSeconds; i++)
                    if (second - _seconds[i] < WindowSeconds) total += _counts[i];
                return (total / (double)WindowSeconds, _latestLag);
            }
        }
    }
}
