using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace Safeguarding.SharedKernel.Live;

/// <summary>
/// The in-process <see cref="ILiveUpdates"/> of one host: each kind of fact has the list of its watchers, replaced as a
/// whole when one comes or goes, so telling never waits for a subscription to start or end. A watcher that throws is
/// logged and the others are still told.
/// </summary>
public sealed class LiveUpdates(ILogger<LiveUpdates> logger) : ILiveUpdates
{
    private readonly ConcurrentDictionary<Type, ImmutableList<object>> _watchers = new();

    public void Tell<TUpdate>(TUpdate update) where TUpdate : class
    {
        ArgumentNullException.ThrowIfNull(update);
        if (!_watchers.TryGetValue(typeof(TUpdate), out var watchers)) return;
        foreach (var watcher in watchers.Cast<IObserver<TUpdate>>())
        {
            try { watcher.OnNext(update); }
            catch (Exception e) { logger.LogWarning(e, "A subscription to {Update} failed on a fact and was left out.", typeof(TUpdate).Name); }
        }
    }

    public IObservable<TUpdate> Watch<TUpdate>() where TUpdate : class => new Watching<TUpdate>(this);

    /// <summary>How many are watching <typeparamref name="TUpdate"/> now.</summary>
    public int WatchersOf<TUpdate>() => _watchers.TryGetValue(typeof(TUpdate), out var list) ? list.Count : 0;

    private sealed class Watching<TUpdate>(LiveUpdates live) : IObservable<TUpdate>
    {
        public IDisposable Subscribe(IObserver<TUpdate> observer)
        {
            live._watchers.AddOrUpdate(typeof(TUpdate), _ => [observer], (_, list) => list.Add(observer));
            return new Unwatch(() => live._watchers.AddOrUpdate(typeof(TUpdate), _ => [], (_, list) => list.Remove(observer)));
        }
    }

    private sealed class Unwatch(Action stop) : IDisposable
    {
        private int _stopped;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _stopped, 1) == 0) stop();
        }
    }
}
