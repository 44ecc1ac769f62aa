namespace Safeguarding.DomesticAbuse.Settings;

public sealed class EducationSettingInputType : RecordInputGraphType<EducationSettingInput>
{
    public EducationSettingInputType() : base("EducationSettingInput")
    {
        Describe(x => x.SubscribedToEncompass, "Whether the setting receives Operation Encompass notifications.");
        Describe(x => x.KeyAdult, "The key adult's post or name, e.g. \"Designated safeguarding lead\".");
    }
}
