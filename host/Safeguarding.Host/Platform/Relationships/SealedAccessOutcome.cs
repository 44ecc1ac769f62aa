namespace Safeguarding.Host.Platform.Relationships;

/// <summary>The data protection officer's finding on a sealed access.</summary>
public enum SealedAccessOutcome
{
    /// <summary>The data protection officer found the emergency access justified.</summary>
    Justified,
    /// <summary>The data protection officer found the emergency access not justified.</summary>
    NotJustified,
}
