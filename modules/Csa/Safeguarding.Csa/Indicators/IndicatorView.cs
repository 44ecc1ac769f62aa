namespace Safeguarding.Csa.Indicators;

/// <summary>An indicator with its category's label.</summary>
public sealed record IndicatorView(Indicator Indicator, string CategoryLabel);
