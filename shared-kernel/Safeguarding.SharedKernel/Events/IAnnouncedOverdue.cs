namespace Safeguarding.SharedKernel.Events;

/// <summary>
/// A record that is announced once when it passes its time: it marks itself announced at the time it is given and
/// gives the event that says so. An <c>OverdueSweep</c> of such records needs to say only which are overdue.
/// </summary>
public interface IAnnouncedOverdue<out TEvent> where TEvent : IntegrationEvent
{
    /// <summary>Marks the record announced overdue at <paramref name="now"/> and returns the announcement.</summary>
    TEvent AnnounceOverdue(DateTimeOffset now);
}
