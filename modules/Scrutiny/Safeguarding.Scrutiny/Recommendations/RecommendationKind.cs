namespace Safeguarding.Scrutiny.Recommendations;

/// <summary>What the scrutineer wrote: a recommendation, an area the partnership must watch, or a strength to keep.</summary>
public enum RecommendationKind { Recommendation, AreaToMonitor, Strength }
