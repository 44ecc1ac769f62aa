using GraphQL.Types;

namespace Safeguarding.Governance.Reviews;

public sealed class OpenRapidReviewInputType : InputObjectGraphType<OpenRapidReviewInput>
{
    public OpenRapidReviewInputType()
    {
        Name = "OpenRapidReviewInput";
        Field(x => x.Reference).Description("A short reference such as \"RR 2024/03\"; never a child's name.");
        Field(x => x.NotifiedOn).Description("The date of the serious incident notification (1995 to 2099, not in the future).");
        Field<IdGraphType>("subjectId").Description("The pseudonymous subject, if any; must exist in the subject registry.");
    }
}
