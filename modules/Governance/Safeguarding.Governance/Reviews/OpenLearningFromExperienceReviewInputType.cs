using GraphQL.Types;

namespace Safeguarding.Governance.Reviews;

public sealed class OpenLearningFromExperienceReviewInputType : InputObjectGraphType<OpenLearningFromExperienceReviewInput>
{
    public OpenLearningFromExperienceReviewInputType()
    {
        Name = "OpenLearningFromExperienceReviewInput";
        Field(x => x.Reference);
        Field(x => x.CommissionedOn);
        Field(x => x.DueDate).Description("The planned completion.");
        Field<IdGraphType>("rapidReviewId").Description("The Rapid Review that decided no CSPR was needed, if any.");
        Field<IdGraphType>("subjectId");
    }
}
