using GraphQL.Types;

namespace Safeguarding.Neglect.Assessments;

public sealed class StartNeglectAssessmentInputType : InputObjectGraphType<StartNeglectAssessmentInput>
{
    public StartNeglectAssessmentInputType()
    {
        Name = "StartNeglectAssessmentInput";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("A child registered in the subject registry.");
        Field(x => x.TemplateCode, nullable: true).Description("Default \"GCP2\".");
        Field(x => x.TemplateVersion).Description("The template version, e.g. 1.");
        Field(x => x.ObservedOn).Description("The day the care was observed (not in the future).");
    }
}
