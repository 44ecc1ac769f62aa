namespace Safeguarding.DomesticAbuse.Settings;

public enum SettingPhase { EarlyYears, Primary, Secondary, AllThrough, Special, AlternativeProvision, PostSixteen }

/// <summary>
/// A school or early years setting (reference data). Subscribed settings receive Operation Encompass notifications,
/// read and acknowledged by the setting's key adult (usually the designated safeguarding lead).
/// </summary>
public sealed class EducationSetting
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public SettingPhase Phase { get; set; }
    public bool SubscribedToEncompass { get; set; }
    /// <summary>Who the key adult is, as the setting names the post or person (for example "Designated safeguarding lead").</summary>
    public string KeyAdult { get; set; } = "";
}

/// <summary>The setting a child attends (one at a time): where Operation Encompass notifications for the child go.</summary>
public sealed class ChildSetting
{
    public Guid SubjectId { get; set; }
    public Guid SettingId { get; set; }
    public DateTimeOffset LinkedAt { get; set; }
}
