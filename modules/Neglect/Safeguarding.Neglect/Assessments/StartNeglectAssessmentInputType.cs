namespace Safeguarding.Neglect.Assessments;

public sealed class StartNeglectAssessmentInputType : RecordInputGraphType<StartNeglectAssessmentInput>
{
    public StartNeglectAssessmentInputType() : base("StartNeglectAssessmentInput")
    {
        Reference(x => x.SubjectId, required: true, "A child registered in the subject registry.");
        Describe(x => x.TemplateCode, "Default \"GCP2\".");
        Describe(x => x.TemplateVersion, "The template version, e.g. 1.");
        Describe(x => x.ObservedOn, "The day the care was observed (not in the future).");
    }
}
