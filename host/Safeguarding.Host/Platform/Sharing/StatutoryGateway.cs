namespace Safeguarding.Host.Platform.Sharing;

/// <summary>
/// A statute that lets a partner share a child's information without consent: reference data in the platform database,
/// present from the first start (<see cref="StatutoryGateways.Partnership"/>). A basis of STATUTORY_GATEWAY names one.
/// </summary>
public sealed class StatutoryGateway
{
    /// <summary>The gateway's code, as a basis names it: CHILDREN_ACT_1989_S47.</summary>
    public string Code { get; init; } = "";
    /// <summary>The statute and section, as the partnership writes it: "Children Act 1989, section 47".</summary>
    public string Name { get; init; } = "";
    /// <summary>What the gateway allows, in a sentence.</summary>
    public string Summary { get; init; } = "";
}
