namespace Safeguarding.Host.Platform.Relationships;

/// <summary>
/// How a practitioner comes to a legitimate relationship with a child, which opens the child's identity and detail to
/// them.
/// </summary>
public enum ChildAccessKind
{
    /// <summary>
    /// Allocated to the child: by a manager of a working group holding the child, or as the practitioner who registered
    /// them.
    /// </summary>
    Allocated,
    /// <summary>
    /// Granted by a manager of a working group holding the child, for a stated reason and until a stated day.
    /// </summary>
    Granted,
    /// <summary>
    /// The practitioner's agency holds an open record on the child in some module (an entry recorded by a colleague
    /// within the configured period). Worked out at each read from what the modules hold; never stored.
    /// </summary>
    Agency,
    /// <summary>
    /// Opened by the practitioner in an emergency, with a reason, for a short time, and reviewed by the data protection
    /// officer.
    /// </summary>
    Sealed,
}
