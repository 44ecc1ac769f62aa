namespace Safeguarding.DomesticAbuse.Enquiries;

public sealed record RoutineEnquiryCount(string Agency, int Recorded, int Asked, int Disclosed, int SupportOffered);
