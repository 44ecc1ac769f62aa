namespace Safeguarding.DomesticAbuse.Encompass;

/// <param name="ChildrenWithNoKnownSetting">Children named in notices in the period who are linked to no setting. Withheld when small.</param>
/// <param name="From">The period's first day.</param>
/// <param name="To">The period's last day.</param>
/// <param name="UnsubscribedSettings">Settings not subscribed, with the children attending them named in notices in the period.</param>
public sealed record EncompassGaps(DateOnly From, DateOnly To, IReadOnlyList<EncompassGap> UnsubscribedSettings, Disclosed<int> ChildrenWithNoKnownSetting);
