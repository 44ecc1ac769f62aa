using GraphQL.Types;

namespace Safeguarding.DomesticAbuse.Enquiries;

public sealed class RoutineEnquiryCountGraphType : ObjectGraphType<RoutineEnquiryCount>
{
    public RoutineEnquiryCountGraphType()
    {
        Name = "RoutineEnquiryCount";
        Description = "Counts only: routine enquiries recorded by an agency in a period.";
        Field(x => x.Agency);
        Field(x => x.Recorded);
        Field(x => x.Asked);
        Field(x => x.Disclosed);
        Field(x => x.SupportOffered);
    }
}
