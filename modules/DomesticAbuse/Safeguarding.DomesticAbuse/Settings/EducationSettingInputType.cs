namespace Safeguarding.DomesticAbuse.Settings;

public sealed class EducationSettingInputType() : RecordInputGraphType<EducationSettingInput>("EducationSettingInput");
