namespace Safeguarding.Csa.Support;

/// <summary>What a support service is for.</summary>
public enum SupportKind
{
    /// <summary>Therapeutic support for a child to recover from sexual abuse.</summary>
    Recovery,
    /// <summary>Support for a child who has shown harmful sexual behaviour.</summary>
    HarmfulSexualBehaviour,
    /// <summary>Any other support.</summary>
    Other,
}
