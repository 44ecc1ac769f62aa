namespace Safeguarding.DomesticAbuse.Settings;

/// <summary>The setting a child attends (one at a time): where Operation Encompass notifications for the child go.</summary>
public sealed class ChildSetting
{
    public Guid SubjectId { get; set; }
    public Guid SettingId { get; set; }
    public DateTimeOffset LinkedAt { get; set; }
}
