namespace Safeguarding.Neglect.Assessments;

public sealed class RecordNeglectAssessmentInputType : RecordInputGraphType<RecordNeglectAssessmentInput>
{
    public RecordNeglectAssessmentInputType() : base("RecordNeglectAssessmentInput")
    {
        Reference(x => x.AssessmentId, required: true);
        ShownAs<NeglectSubAreaGradeInputType>(x => x.Grades);
        Required(x => x.Grades);
    }
}
