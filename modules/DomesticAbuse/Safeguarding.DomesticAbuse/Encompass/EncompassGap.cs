namespace Safeguarding.DomesticAbuse.Encompass;

/// <param name="ChildrenInNotices">Children attending the setting named in notices in the period: their school could not be told. Withheld when small.</param>
public sealed record EncompassGap(Guid SettingId, string SettingName, string Phase, Disclosed<int> ChildrenInNotices);
