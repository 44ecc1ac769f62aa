namespace Safeguarding.DomesticAbuse.Settings;

public sealed class EducationSettingInputType : RecordInputGraphType<EducationSettingInput>
{
    public EducationSettingInputType() : base("EducationSettingInput")
    {
        Required(x => x.Name, x => x.KeyAdult);
    }
}
