namespace Safeguarding.DomesticAbuse.Encompass;

public sealed record EncompassGaps(DateOnly From, DateOnly To, IReadOnlyList<EncompassGap> UnsubscribedSettings, int ChildrenWithNoKnownSetting);
