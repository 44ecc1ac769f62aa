using Safeguarding.DomesticAbuse.Contracts;

namespace Safeguarding.DomesticAbuse.Encompass;

/// <summary>
/// An Operation Encompass notification not acknowledged by the start of the next school day is told to the working
/// group's clients listening (<c>encompassNotificationOverdue</c>).
/// </summary>
internal sealed class LateNotificationsToldLive(ILiveUpdates live, TimeProvider clock) : ToldLive<EncompassNotificationBecameLate>(live, clock);
