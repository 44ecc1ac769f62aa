namespace Safeguarding.DomesticAbuse.Encompass;

public sealed class EncompassNotificationGraphType : RecordGraphType<EncompassNotification>
{
    public EncompassNotificationGraphType() : base("EncompassNotification",
        "Operation Encompass: a child's school told of a domestic abuse incident, to acknowledge before the start of the next school day.",
        x => x.LateAnnouncedAt, x => x.AcknowledgedOnTime)
    {
        Describe(x => x.SubjectId, "The child (pseudonymous subject id).");
        Describe(x => x.DeadlineAt, "The start of the next school day after the incident (UTC).");
        // Outstanding becomes overdue as time passes: the status is read at the moment it is asked for.
        Field<NonNullGraphType<EnumerationGraphType<EncompassStatus>>>("status")
            .Resolve(c => c.Source.StatusAt(c.Service<TimeProvider>().GetUtcNow()));
    }
}
