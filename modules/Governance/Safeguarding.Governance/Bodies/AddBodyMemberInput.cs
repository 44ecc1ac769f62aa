namespace Safeguarding.Governance.Bodies;

public sealed class AddBodyMemberInput
{
    public string? BodyId { get; set; }
    public string? PartnerId { get; set; }
    public string? Role { get; set; }
    public bool IsChair { get; set; }
}
