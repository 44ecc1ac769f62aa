namespace Safeguarding.DomesticAbuse.Notices;

/// <summary>An adult a notice names, as police systems send them: every field may be missing.</summary>
public sealed class NoticeAdultInput
{
    /// <summary>VICTIM or PERSON_CAUSING_HARM.</summary>
    public AdultRole? Role { get; set; }
    /// <summary>The police's reference for the person: repeat incidents involving the same person are found by it.</summary>
    public string? PersonReference { get; set; }
    /// <summary>
    /// The adult's whole name. With it the date of birth is required: the adult is then matched against, or registered
    /// in, the partnership's registry, which holds who they are encrypted; this module keeps only the references.
    /// </summary>
    public string? Name { get; set; }

    /// <summary>The adult's date of birth; required with a name.</summary>
    public DateOnly? DateOfBirth { get; set; }
}
