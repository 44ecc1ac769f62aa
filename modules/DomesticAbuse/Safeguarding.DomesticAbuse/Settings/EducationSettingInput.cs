namespace Safeguarding.DomesticAbuse.Settings;

public sealed class EducationSettingInput
{
    public string? Name { get; set; }
    public SettingPhase Phase { get; set; }
    public bool SubscribedToEncompass { get; set; }
    public string? KeyAdult { get; set; }
}
