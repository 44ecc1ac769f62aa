namespace Safeguarding.DomesticAbuse.Trend;

public static class TrendRules
{
    /// <summary>The change from one figure to the next as a percentage of the first, to one decimal place (half away from zero); null when the first is 0 or missing.</summary>
    public static decimal? ChangePercent(int? previous, int current) =>
        previous is null or 0 ? null : Math.Round((current - previous.Value) * 100m / previous.Value, 1, MidpointRounding.AwayFromZero);
}
