namespace Safeguarding.DomesticAbuse.Settings;

/// <summary>The setting a child attends (one at a time): where Operation Encompass notifications for the child go.</summary>
public sealed class ChildSetting
{
    private ChildSetting() { }

    public Guid SubjectId { get; private set; }
    public Guid SettingId { get; private set; }
    public DateTimeOffset LinkedAt { get; private set; }

    /// <summary>The child attends <paramref name="setting"/>, which must still be open.</summary>
    public static ChildSetting Link(Guid subjectId, EducationSetting setting, DateTimeOffset at)
    {
        var link = new ChildSetting { SubjectId = subjectId };
        link.MoveTo(setting, at);
        return link;
    }

    /// <summary>The child now attends <paramref name="setting"/> instead (a retired setting is refused): notifications go there from now on.</summary>
    public void MoveTo(EducationSetting setting, DateTimeOffset at)
    {
        setting.RequireCurrent("settingId");
        SettingId = setting.Id;
        LinkedAt = at;
    }
}
