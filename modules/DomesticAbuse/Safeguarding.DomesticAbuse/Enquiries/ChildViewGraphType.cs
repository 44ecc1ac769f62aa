using Safeguarding.DomesticAbuse.Encompass;
using Safeguarding.DomesticAbuse.Notices;
using Safeguarding.DomesticAbuse.Settings;

namespace Safeguarding.DomesticAbuse.Enquiries;

public sealed class ChildViewGraphType : RecordGraphType<ChildView>
{
    public ChildViewGraphType() : base("DomesticAbuseChild", "What the Domestic Abuse module holds on a child.", x => x.SubjectId, x => x.Notifications)
    {
        Rows(x => x.Notices, 5);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EncompassNotificationGraphType>>>>("encompassNotifications").Description("Operation Encompass notifications sent about the child.").WithComplexityImpact(1, 5).Resolve(c => c.Source.Notifications);
    }
}
