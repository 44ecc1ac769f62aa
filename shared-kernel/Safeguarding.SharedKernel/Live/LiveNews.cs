namespace Safeguarding.SharedKernel.Live;

/// <summary>Integration events told live by the module that publishes them, from a handler of its own event.</summary>
public static class LiveNews
{
    /// <summary>
    /// An event older than this when its handler runs is not told: it is history (a backlog delivered after a pause, or
    /// events handed again by a replay), which a client reads with a query.
    /// </summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(15);

    /// <summary>Tells <paramref name="news"/> to the clients listening, unless it is older than <see cref="Freshness"/>.</summary>
    public static void TellIfFresh<TEvent>(this ILiveUpdates live, TEvent news, TimeProvider clock) where TEvent : Events.IntegrationEvent
    {
        if (clock.GetUtcNow() - news.OccurredAt <= Freshness) live.Tell(news);
    }
}
