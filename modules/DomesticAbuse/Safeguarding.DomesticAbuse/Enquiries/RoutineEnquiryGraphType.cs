namespace Safeguarding.DomesticAbuse.Enquiries;

public sealed class RoutineEnquiryGraphType() : RecordGraphType<RoutineEnquiry>("RoutineEnquiry", null, x => x.RecordedBy);
