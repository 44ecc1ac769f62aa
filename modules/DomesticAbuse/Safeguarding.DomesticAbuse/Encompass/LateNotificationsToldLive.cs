using Safeguarding.DomesticAbuse.Contracts;

namespace Safeguarding.DomesticAbuse.Encompass;

/// <summary>
/// An Operation Encompass notification not acknowledged by the start of the next school day is told to the working
/// group's clients listening (<c>encompassNotificationOverdue</c>).
/// </summary>
internal sealed class LateNotificationsToldLive(ILiveUpdates live, TimeProvider clock) : IIntegrationEventHandler<EncompassNotificationBecameLate>
{
    public Task HandleAsync(EncompassNotificationBecameLate late, CancellationToken ct)
    {
        live.TellIfFresh(late, clock);
        return Task.CompletedTask;
    }
}
