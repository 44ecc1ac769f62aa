namespace Safeguarding.Governance.Voice;

/// <summary>
/// Where the partnership's response to a Young Safeguarders' recommendation stands; DONE and DECLINED are final.
/// </summary>
public enum RecommendationStatus
{
    /// <summary>Made; the partnership has not yet responded.</summary>
    Open,
    /// <summary>Accepted by the partnership, and not yet done.</summary>
    Accepted,
    /// <summary>Done: final.</summary>
    Done,
    /// <summary>Declined by the partnership, with its reason: final.</summary>
    Declined,
}
