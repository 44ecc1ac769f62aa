using GraphQL;
using GraphQL.Types;
using Safeguarding.DomesticAbuse.Encompass;
using Safeguarding.DomesticAbuse.Notices;
using Safeguarding.DomesticAbuse.Settings;

namespace Safeguarding.DomesticAbuse.Enquiries;

public sealed class ChildViewGraphType : ObjectGraphType<ChildView>
{
    public ChildViewGraphType()
    {
        Name = "DomesticAbuseChild";
        Description = "What the Domestic Abuse module holds on a child.";
        Field<HospitalAlertGraphType>("hospitalAlert").Description("The active hospital alert, if any.").Resolve(c => c.Source.HospitalAlert);
        Field<EducationSettingGraphType>("setting").Resolve(c => c.Source.Setting);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProtectionNoticeGraphType>>>>("notices").WithComplexityImpact(1, 5).Description("Most recent first.").Resolve(c => c.Source.Notices);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EncompassNotificationGraphType>>>>("encompassNotifications").WithComplexityImpact(1, 5).Resolve(c => c.Source.Notifications);
    }
}
