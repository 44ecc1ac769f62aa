namespace Safeguarding.Host.Platform;

/// <summary>
/// The lawful basis on which a module's information about a child is shared outside its working group. Consent given,
/// consent overridden (with the reason) and a statutory gateway permit sharing; consent refused or withdrawn do not.
/// </summary>
public enum SharingBasis { ConsentGiven, ConsentRefused, ConsentWithdrawn, ConsentOverridden, StatutoryGateway }
