namespace Safeguarding.Host.Platform.Registry;

/// <summary>Where a possible duplicate stands: waiting for a practitioner, merged, kept apart, or merged and separated again.</summary>
public enum DuplicateStatus
{
    Open,
    Merged,
    KeptApart,
    Separated,
}
