namespace Safeguarding.DomesticAbuse.Enquiries;

public sealed class RoutineEnquiryInput
{
    public DateOnly? EnquiredOn { get; set; }
    public bool Asked { get; set; }
    public bool Disclosed { get; set; }
    public bool SupportOffered { get; set; }
}
