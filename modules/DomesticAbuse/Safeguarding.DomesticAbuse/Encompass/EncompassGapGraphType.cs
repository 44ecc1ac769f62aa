using GraphQL.Types;

namespace Safeguarding.DomesticAbuse.Encompass;

public sealed class EncompassGapGraphType : ObjectGraphType<EncompassGap>
{
    public EncompassGapGraphType()
    {
        Name = "EncompassGap";
        Field<NonNullGraphType<IdGraphType>>("settingId").Resolve(c => c.Source.SettingId);
        Field(x => x.SettingName);
        Field(x => x.Phase);
        Field(x => x.ChildrenInNotices).Description("Children attending the setting named in notices in the period: their school could not be told.");
    }
}
