namespace Safeguarding.Host.Platform;

/// <summary>
/// The lawful basis on which a module's information about a child is shared outside its working group. Consent given,
/// consent overridden (with the reason) and a statutory gateway permit sharing; consent refused or withdrawn do not.
/// </summary>
public enum SharingBasis
{
    /// <summary>Consent was given: the information may be shared.</summary>
    ConsentGiven,
    /// <summary>Consent was refused: the information is not shared.</summary>
    ConsentRefused,
    /// <summary>Consent was given and then withdrawn: the information is no longer shared.</summary>
    ConsentWithdrawn,
    /// <summary>
    /// Consent was overridden, with the reason recorded (a risk of significant harm to the child): the information may
    /// be shared.
    /// </summary>
    ConsentOverridden,
    /// <summary>A statutory gateway permits sharing without consent.</summary>
    StatutoryGateway,
}
