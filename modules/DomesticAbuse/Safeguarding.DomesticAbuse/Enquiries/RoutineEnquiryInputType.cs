using GraphQL.Types;

namespace Safeguarding.DomesticAbuse.Enquiries;

public sealed class RoutineEnquiryInputType : InputObjectGraphType<RoutineEnquiryInput>
{
    public RoutineEnquiryInputType()
    {
        Name = "RoutineEnquiryInput";
        Field<DateOnlyGraphType>("enquiredOn").Description("Default today.");
        Field(x => x.Asked).Description("The question about domestic abuse was asked.");
        Field(x => x.Disclosed).Description("Abuse was disclosed (only when asked).");
        Field(x => x.SupportOffered).Description("Support was offered.");
    }
}
