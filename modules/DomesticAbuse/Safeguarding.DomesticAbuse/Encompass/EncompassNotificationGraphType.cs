namespace Safeguarding.DomesticAbuse.Encompass;

public sealed class EncompassNotificationGraphType : RecordGraphType<EncompassNotification>
{
    public EncompassNotificationGraphType() : base("EncompassNotification",
        "Operation Encompass: a child's school told of a domestic abuse incident, to acknowledge before the start of the next school day.",
        x => x.LateAnnouncedAt, x => x.AcknowledgedOnTime)
    {
        // Outstanding becomes overdue as time passes: the status is read at the moment it is asked for.
        Field<NonNullGraphType<EnumerationGraphType<EncompassStatus>>>("status").Description("Whether it is outstanding, overdue, or acknowledged on time or late.")
            .Resolve(c => c.Source.StatusAt(c.Service<TimeProvider>().GetUtcNow()));
    }
}
