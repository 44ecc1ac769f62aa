namespace Safeguarding.DomesticAbuse.Encompass;

/// <param name="ChildrenInNotices">Children attending the setting named in notices in the period: their school could not be told. Withheld when small.</param>
/// <param name="Phase">The setting's phase.</param>
/// <param name="SettingId">The setting's id.</param>
/// <param name="SettingName">The setting's name.</param>
public sealed record EncompassGap(Guid SettingId, string SettingName, string Phase, Disclosed<int> ChildrenInNotices);
