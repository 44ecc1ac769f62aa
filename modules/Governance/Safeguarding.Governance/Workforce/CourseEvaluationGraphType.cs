namespace Safeguarding.Governance.Workforce;

public sealed class CourseEvaluationGraphType : RecordGraphType<CourseEvaluation>
{
    public CourseEvaluationGraphType() : base("TrainingCourseEvaluation", null)
    {
    }
}
