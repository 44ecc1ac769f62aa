using System.Collections.Concurrent;
using Safeguarding.SharedKernel.Persistence;

namespace Safeguarding.SharedKernel.Events;

/// <summary>
/// Wakes the event bus's loops so that work does not wait for the next poll: a publisher's commit wakes the relay from
/// its outbox, and a relay into a subscriber's inbox wakes the delivery to that subscriber. Keyed by the module's
/// DbContext type, which both the publisher's context and the bus know.
/// </summary>
public sealed class OutboxSignal
{
    private readonly ConcurrentDictionary<(bool Delivery, Type Context), WakeUp> _wakeUps = new();

    /// <summary>Wakes every loop (parked deliveries put back in line, say).</summary>
    public void Raise() { foreach (var wakeUp in _wakeUps.Values) wakeUp.Raise(); }

    /// <summary>The module whose context this is committed events to its outbox.</summary>
    public void Published(Type context) => RelayOf(context).Raise();

    /// <summary>Deliveries were stored in the inbox of the module whose context this is.</summary>
    public void Relayed(Type context) => DeliveryOf(context).Raise();

    internal WakeUp RelayOf(Type context) => _wakeUps.GetOrAdd((false, context), _ => new WakeUp());
    internal WakeUp DeliveryOf(Type context) => _wakeUps.GetOrAdd((true, context), _ => new WakeUp());

    /// <summary>A wake-up that remembers one call of <see cref="Raise"/> made while nobody waited.</summary>
    internal sealed class WakeUp
    {
        private readonly SemaphoreSlim _signal = new(0, 1);
        public void Raise() { try { _signal.Release(); } catch (SemaphoreFullException) { } }
        public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
    }
}

/// <summary>Raises the <see cref="OutboxSignal"/> after a save or a commit that stored events.</summary>
public sealed class OutboxSignalInterceptor(OutboxSignal signal) : CommitInterceptor
{
    protected override void Committed(ModuleDbContext module)
    {
        if (!module.HasUnsignalledEvents) return;
        module.HasUnsignalledEvents = false;
        signal.Published(module.GetType());
    }
}
