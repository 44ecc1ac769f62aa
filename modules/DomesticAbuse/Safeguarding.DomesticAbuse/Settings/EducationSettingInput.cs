namespace Safeguarding.DomesticAbuse.Settings;

public sealed class EducationSettingInput
{
    public string? Name { get; set; }
    public SettingPhase Phase { get; set; }
    /// <summary>Whether the setting receives Operation Encompass notifications.</summary>
    public bool SubscribedToEncompass { get; set; }
    /// <summary>The key adult's post or name, e.g. "Designated safeguarding lead".</summary>
    public string? KeyAdult { get; set; }
}
