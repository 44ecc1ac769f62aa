namespace Safeguarding.DomesticAbuse.Notices;

/// <summary>An adult a notice names, as police systems send them: every field may be missing.</summary>
public sealed class NoticeAdultInput
{
    /// <summary>VICTIM or PERSON_CAUSING_HARM.</summary>
    public AdultRole? Role { get; set; }
    /// <summary>The police's reference for the person: repeat incidents involving the same person are found by it.</summary>
    public string? PersonReference { get; set; }
    public string? Name { get; set; }
    public DateOnly? DateOfBirth { get; set; }
}
