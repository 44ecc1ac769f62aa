namespace Safeguarding.DomesticAbuse.Notices;

/// <summary>An adult a notice names, as police systems send them: every field may be missing.</summary>
public sealed class NoticeAdultInput
{
    public AdultRole? Role { get; set; }
    public string? PersonReference { get; set; }
    public string? Name { get; set; }
    public DateOnly? DateOfBirth { get; set; }
}
