namespace Safeguarding.DomesticAbuse.Encompass;

public sealed record EncompassGap(Guid SettingId, string SettingName, string Phase, int ChildrenInNotices);
