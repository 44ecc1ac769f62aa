namespace Safeguarding.Scrutiny.Recommendations;

/// <summary>Open until its owner responds, in progress from then, closed on the evidence that it was met (and reopened if that evidence fails).</summary>
public enum RecommendationStatus { Open, InProgress, Closed }
