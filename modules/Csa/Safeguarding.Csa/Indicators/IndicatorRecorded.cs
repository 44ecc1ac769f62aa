namespace Safeguarding.Csa.Indicators;

/// <summary>What recording an indicator did: the indicator, the child's open flag if any, and whether this indicator raised it.</summary>
public sealed record IndicatorRecorded(IndicatorView Indicator, DiscussionFlag? Flag, bool FlaggedNow);
