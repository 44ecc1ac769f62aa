namespace Safeguarding.SharedKernel.Events;

/// <summary>Bound from the "EventBus" configuration section.</summary>
public sealed class EventBusOptions
{
    /// <summary>How often the bus looks for work when nothing has signalled it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>The first retry waits this long; each further retry doubles it, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>After this many failed attempts a delivery is parked for an administrator instead of retried.</summary>
    public int MaxAttempts { get; set; } = 15;
    public int BatchSize { get; set; } = 500;
    /// <summary>How many events a subscriber handles in one transaction (a failing group is redone one by one).</summary>
    public int DeliveryGroupSize { get; set; } = 500;
    /// <summary>
    /// Whether a relay delivers arriving events to an idle subscriber itself, in one transaction of the subscriber's
    /// database, instead of storing them for the subscriber's delivery loop to read back (decision 0020). Switch off to
    /// have every event wait in the inbox first.
    /// </summary>
    public bool DeliverOnArrival { get; set; } = true;
    /// <summary>
    /// On SQLite, how often at most a publisher's outbox is marked relayed while its relay is busy (decision 0020): marking
    /// is a write to the publisher's database that its own writers then pay for, so batches relayed in between are marked
    /// together. A relay after a quiet spell marks at once. Zero marks every batch.
    /// </summary>
    public TimeSpan RelayMarkInterval { get; set; } = TimeSpan.FromMilliseconds(500);
    /// <summary>Switch off to run no dispatcher in this process (e.g. a tool that only writes).</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan RetryDelay(int failedAttempts)
    {
        var factor = Math.Pow(2, Math.Min(Math.Max(failedAttempts - 1, 0), 20));
        var delay = TimeSpan.FromMilliseconds(RetryBaseDelay.TotalMilliseconds * factor);
        return delay > MaxRetryDelay ? MaxRetryDelay : delay;
    }
}
