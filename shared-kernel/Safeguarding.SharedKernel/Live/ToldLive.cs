using Safeguarding.SharedKernel.Events;

namespace Safeguarding.SharedKernel.Live;

/// <summary>
/// A module's handler of one of its own integration events that tells the event to the clients listening, once committed
/// and while fresh (<see cref="LiveNews.TellIfFresh{TEvent}"/>). A module declares one per event it offers as a
/// subscription, so its entry point's handler list shows what it tells live.
/// </summary>
public abstract class ToldLive<TEvent>(ILiveUpdates live, TimeProvider clock) : IIntegrationEventHandler<TEvent> where TEvent : IntegrationEvent
{
    public Task HandleAsync(TEvent news, CancellationToken ct)
    {
        live.TellIfFresh(news, clock);
        return Task.CompletedTask;
    }
}
