namespace Safeguarding.Neglect.Assessments;

public sealed class NeglectAssessmentChangeGraphType : RecordGraphType<AssessmentChange>
{
    public NeglectAssessmentChangeGraphType() : base("NeglectAssessmentChange", null)
    {
        Rows(x => x.Areas, 4);
    }
}
