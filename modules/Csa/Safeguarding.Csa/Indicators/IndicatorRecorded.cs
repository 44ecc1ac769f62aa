namespace Safeguarding.Csa.Indicators;

/// <summary>What recording an indicator did: the indicator, the child's open flag if any, and whether this indicator raised it.</summary>
/// <param name="Flag">The child's open flag, if there is one.</param>
/// <param name="FlaggedNow">True when this indicator raised the flag.</param>
/// <param name="Indicator">The indicator recorded.</param>
public sealed record IndicatorRecorded(IndicatorView Indicator, DiscussionFlag? Flag, bool FlaggedNow);
