namespace Safeguarding.DomesticAbuse.Enquiries;

public sealed class RoutineEnquiryInputType() : RecordInputGraphType<RoutineEnquiryInput>("RoutineEnquiryInput");
