namespace Safeguarding.Host.Platform.Registry;

/// <summary>
/// Where a possible duplicate stands: waiting for a practitioner, merged, kept apart, or merged and separated again.
/// </summary>
public enum DuplicateStatus
{
    /// <summary>Waiting for a practitioner to decide.</summary>
    Open,
    /// <summary>Confirmed as one child: the later record is an alias of the earlier.</summary>
    Merged,
    /// <summary>Decided to be different people: the pair does not come back to the queue.</summary>
    KeptApart,
    /// <summary>Merged, then separated again: both records stand on their own.</summary>
    Separated,
}
