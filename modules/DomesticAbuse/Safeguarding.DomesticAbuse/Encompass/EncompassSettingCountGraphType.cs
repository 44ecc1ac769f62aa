using GraphQL.Types;

namespace Safeguarding.DomesticAbuse.Encompass;

public sealed class EncompassSettingCountGraphType : ObjectGraphType<EncompassSettingCount>
{
    public EncompassSettingCountGraphType()
    {
        Name = "EncompassSettingCount";
        Field<NonNullGraphType<IdGraphType>>("settingId").Resolve(c => c.Source.SettingId);
        Field(x => x.SettingName);
        Field(x => x.Sent);
        Field(x => x.AcknowledgedOnTime);
        Field(x => x.AcknowledgedLate);
        Field(x => x.Outstanding);
        Field(x => x.Overdue);
    }
}
