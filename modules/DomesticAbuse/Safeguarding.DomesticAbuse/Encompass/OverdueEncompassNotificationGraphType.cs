using Safeguarding.DomesticAbuse.Contracts;

namespace Safeguarding.DomesticAbuse.Encompass;

public sealed class OverdueEncompassNotificationGraphType : RecordGraphType<EncompassNotificationBecameLate>
{
    public OverdueEncompassNotificationGraphType() : base("OverdueEncompassNotification",
        "An Operation Encompass notification that the school's key adult did not acknowledge by the start of the next school day. " +
        "Read it with `overdueEncompassNotifications`.",
        x => x.EventId)
    {
        Describe(x => x.NotificationId, "The notification now overdue.");
        Describe(x => x.SettingId, "The school or setting it was sent to.");
        Describe(x => x.SettingName, "The school or setting's name.");
        Describe(x => x.DeadlineAt, "When it should have been acknowledged by.");
        Describe(x => x.OccurredAt, "When it was found overdue.");
    }
}
