namespace Safeguarding.Governance.Bodies;

/// <summary>A board or group through which the partnership governs itself (set up with the partnership; no rules of its own).</summary>
public sealed class PartnershipBody
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public BodyKind Kind { get; set; }
    public string Purpose { get; set; } = "";
    /// <summary>For a priority working group: the module it works in (e.g. "Neglect").</summary>
    public string? Module { get; set; }
    public List<BodyMembership> Members { get; set; } = [];
    public List<Meeting> Meetings { get; set; } = [];
}
