namespace Safeguarding.Neglect.Assessments;

public sealed class StartNeglectAssessmentInputType : RecordInputGraphType<StartNeglectAssessmentInput>
{
    public StartNeglectAssessmentInputType() : base("StartNeglectAssessmentInput")
    {
        Reference(x => x.SubjectId, required: true);
    }
}
