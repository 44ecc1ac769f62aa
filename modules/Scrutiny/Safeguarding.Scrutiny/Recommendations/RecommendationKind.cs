namespace Safeguarding.Scrutiny.Recommendations;

/// <summary>
/// What the scrutineer wrote: a recommendation, an area the partnership must watch, or a strength to keep.
/// </summary>
public enum RecommendationKind
{
    /// <summary>A recommendation for the partnership to act on.</summary>
    Recommendation,
    /// <summary>An area for the partnership to keep under watch.</summary>
    AreaToMonitor,
    /// <summary>A strength to keep.</summary>
    Strength,
}
