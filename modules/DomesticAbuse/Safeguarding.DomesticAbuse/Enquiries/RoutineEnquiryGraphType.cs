using GraphQL.Types;

namespace Safeguarding.DomesticAbuse.Enquiries;

public sealed class RoutineEnquiryGraphType : ObjectGraphType<RoutineEnquiry>
{
    public RoutineEnquiryGraphType()
    {
        Name = "RoutineEnquiry";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Agency);
        Field(x => x.EnquiredOn);
        Field(x => x.Asked);
        Field(x => x.Disclosed);
        Field(x => x.SupportOffered);
    }
}
