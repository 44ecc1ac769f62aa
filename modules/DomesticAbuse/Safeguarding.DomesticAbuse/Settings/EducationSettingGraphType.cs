namespace Safeguarding.DomesticAbuse.Settings;

public sealed class EducationSettingGraphType : RecordGraphType<EducationSetting>
{
    public EducationSettingGraphType() : base("EducationSetting", "A school or early years setting (reference data).",
        x => x.NameKey, x => x.IsRetired, x => x.ReceivesNotifications)
    {
        IdentifiedAsNode();
        Describe(x => x.RetiredOn, "The day the setting closed or left; null while it is open.");
    }
}
