namespace Safeguarding.Governance.Bodies;

public sealed class AddBodyMemberInput
{
    /// <summary>The body, by its id.</summary>
    public string? BodyId { get; set; }
    /// <summary>The partner agency, by its id.</summary>
    public string? PartnerId { get; set; }
    /// <summary>The post that holds the seat, e.g. "Director of Children's Services".</summary>
    public string? Role { get; set; }
    /// <summary>True when the partner chairs the body.</summary>
    public bool IsChair { get; set; }
}
