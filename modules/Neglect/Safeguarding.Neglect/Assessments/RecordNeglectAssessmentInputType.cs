namespace Safeguarding.Neglect.Assessments;

public sealed class RecordNeglectAssessmentInputType : RecordInputGraphType<RecordNeglectAssessmentInput>
{
    public RecordNeglectAssessmentInputType() : base("RecordNeglectAssessmentInput")
    {
        Reference(x => x.AssessmentId, required: true);
        Required<NeglectSubAreaGradeInputType>(x => x.Grades);
    }
}
