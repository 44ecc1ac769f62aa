namespace Safeguarding.DomesticAbuse.Enquiries;

public sealed class RoutineEnquiryInput
{
    /// <summary>Default today.</summary>
    public DateOnly? EnquiredOn { get; set; }
    /// <summary>The question about domestic abuse was asked.</summary>
    public bool Asked { get; set; }
    /// <summary>Abuse was disclosed (only when asked).</summary>
    public bool Disclosed { get; set; }
    /// <summary>Support was offered.</summary>
    public bool SupportOffered { get; set; }
}
