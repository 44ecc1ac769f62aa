namespace Safeguarding.Scrutiny.Recommendations;

/// <summary>
/// Open until its owner responds, in progress from then, closed on the evidence that it was met (and reopened if that
/// evidence fails).
/// </summary>
public enum RecommendationStatus
{
    /// <summary>Made; its owner has not yet responded.</summary>
    Open,
    /// <summary>Its owner has responded and is acting on it.</summary>
    InProgress,
    /// <summary>Closed on the evidence that it was met (reopened if that evidence fails).</summary>
    Closed,
}
