namespace Safeguarding.Governance.Bodies;

public enum BodyKind { Board, Group, WorkingGroup }

/// <summary>A board or group through which the partnership governs itself.</summary>
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

/// <summary>A partner's seat on a body, held by a post (not a named person).</summary>
public sealed class BodyMembership
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public Guid PartnerId { get; set; }
    public string Role { get; set; } = "";
    public bool IsChair { get; set; }
}
