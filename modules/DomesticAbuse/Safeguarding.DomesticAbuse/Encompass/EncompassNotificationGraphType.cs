using GraphQL;
using GraphQL.Types;
using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.DomesticAbuse.Encompass;

public sealed class EncompassNotificationGraphType : ObjectGraphType<EncompassNotification>
{
    public EncompassNotificationGraphType()
    {
        Name = "EncompassNotification";
        Description = "Operation Encompass: a child's school told of a domestic abuse incident, to acknowledge before the start of the next school day.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("noticeId").Resolve(c => c.Source.NoticeId);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The child (pseudonymous subject id).").Resolve(c => c.Source.SubjectId);
        Field<NonNullGraphType<IdGraphType>>("settingId").Resolve(c => c.Source.SettingId);
        Field(x => x.SettingName);
        Field(x => x.IncidentAt);
        Field(x => x.SentAt);
        Field(x => x.DeadlineAt).Description("The start of the next school day after the incident (UTC).");
        Field(x => x.AcknowledgedAt, nullable: true);
        Field(x => x.AcknowledgedBy, nullable: true);
        Field<NonNullGraphType<EnumerationGraphType<EncompassStatus>>>("status")
            .Resolve(c => c.Source.StatusAt(c.Service<TimeProvider>().GetUtcNow()));
    }
}
