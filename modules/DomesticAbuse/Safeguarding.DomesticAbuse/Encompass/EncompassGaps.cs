namespace Safeguarding.DomesticAbuse.Encompass;

/// <param name="ChildrenWithNoKnownSetting">Children named in notices in the period who are linked to no setting. Withheld when small.</param>
public sealed record EncompassGaps(DateOnly From, DateOnly To, IReadOnlyList<EncompassGap> UnsubscribedSettings, Disclosed<int> ChildrenWithNoKnownSetting);
