namespace Safeguarding.Csa.Support;

/// <summary>What a support service is for.</summary>
public enum SupportKind { Recovery, HarmfulSexualBehaviour, Other }
