namespace Safeguarding.Governance.Bodies;

/// <summary>A board or group through which the partnership governs itself (set up with the partnership; no rules of its own).</summary>
public sealed class PartnershipBody
{
    public Guid Id { get; set; }
    /// <summary>The body's name as the partnership uses it, e.g. "PSCP Executive" or "Neglect Working Group"; unique in the partnership.</summary>
    public string Name { get; set; } = "";
    /// <summary>What kind of body it is: a board, a group or a working group.</summary>
    public BodyKind Kind { get; set; }
    /// <summary>What the body is for, in a sentence.</summary>
    public string Purpose { get; set; } = "";
    /// <summary>For a priority working group: the module it works in (e.g. "Neglect").</summary>
    public string? Module { get; set; }
    public List<BodyMembership> Members { get; set; } = [];
    public List<Meeting> Meetings { get; set; } = [];
}
