namespace Safeguarding.Host.Platform;

public enum SharingBasis { ConsentGiven, ConsentRefused, ConsentOverridden }
