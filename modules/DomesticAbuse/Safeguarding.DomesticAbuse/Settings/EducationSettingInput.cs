namespace Safeguarding.DomesticAbuse.Settings;

public sealed class EducationSettingInput
{
    /// <summary>The setting's name; it must differ from every other setting's whatever the letter case and spacing.</summary>
    public string? Name { get; set; }
    /// <summary>The setting's phase.</summary>
    public SettingPhase Phase { get; set; }
    /// <summary>Whether the setting receives Operation Encompass notifications.</summary>
    public bool SubscribedToEncompass { get; set; }
    /// <summary>The key adult's post or name, e.g. "Designated safeguarding lead".</summary>
    public string? KeyAdult { get; set; }
}
