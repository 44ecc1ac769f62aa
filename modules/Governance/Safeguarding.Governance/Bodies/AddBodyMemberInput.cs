namespace Safeguarding.Governance.Bodies;

public sealed class AddBodyMemberInput
{
    public string? BodyId { get; set; }
    public string? PartnerId { get; set; }
    /// <summary>The post that holds the seat, e.g. "Director of Children's Services".</summary>
    public string? Role { get; set; }
    public bool IsChair { get; set; }
}
