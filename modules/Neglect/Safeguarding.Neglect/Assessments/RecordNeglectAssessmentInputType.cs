namespace Safeguarding.Neglect.Assessments;

public sealed class RecordNeglectAssessmentInputType : RecordInputGraphType<RecordNeglectAssessmentInput>
{
    public RecordNeglectAssessmentInputType() : base("RecordNeglectAssessmentInput")
    {
        Reference(x => x.AssessmentId, required: true);
        ShownAs<NeglectSubAreaGradeInputType>(x => x.Grades);
        Required(x => x.Grades).Description = "Grades for some or all sub-areas; a sub-area graded again replaces its earlier grade.";
    }
}
