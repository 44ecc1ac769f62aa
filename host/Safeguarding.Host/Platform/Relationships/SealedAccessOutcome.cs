namespace Safeguarding.Host.Platform.Relationships;

/// <summary>The data protection officer's finding on a sealed access.</summary>
public enum SealedAccessOutcome
{
    Justified,
    NotJustified,
}
