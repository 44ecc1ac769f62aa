namespace Safeguarding.DomesticAbuse.Encompass;

/// <param name="ChildrenInNotices">Children attending the setting named in notices in the period: their school could not be told.</param>
public sealed record EncompassGap(Guid SettingId, string SettingName, string Phase, int ChildrenInNotices);
