namespace Safeguarding.DomesticAbuse.Enquiries;

public sealed class RoutineEnquiryCountGraphType() : RecordGraphType<RoutineEnquiryCount>("RoutineEnquiryCount",
    "Counts only: routine enquiries recorded by an agency in a period.");
