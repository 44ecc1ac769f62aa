namespace Safeguarding.Governance.Voice;

/// <summary>Where the partnership's response to a Young Safeguarders' recommendation stands; DONE and DECLINED are final.</summary>
public enum RecommendationStatus { Open, Accepted, Done, Declined }
