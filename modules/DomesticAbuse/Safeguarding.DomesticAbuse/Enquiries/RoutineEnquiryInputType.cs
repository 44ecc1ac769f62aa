namespace Safeguarding.DomesticAbuse.Enquiries;

public sealed class RoutineEnquiryInputType : RecordInputGraphType<RoutineEnquiryInput>
{
    public RoutineEnquiryInputType() : base("RoutineEnquiryInput")
    {
        Describe(x => x.EnquiredOn, "Default today.");
        Describe(x => x.Asked, "The question about domestic abuse was asked.");
        Describe(x => x.Disclosed, "Abuse was disclosed (only when asked).");
        Describe(x => x.SupportOffered, "Support was offered.");
    }
}
