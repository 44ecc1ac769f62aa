namespace Safeguarding.Governance.Workforce;

public sealed class CourseEvaluationGraphType : RecordGraphType<CourseEvaluation>
{
    public CourseEvaluationGraphType() : base("TrainingCourseEvaluation", null)
    {
        Describe(x => x.Forms, "Evaluation forms returned (the most for any question).");
        ShownAs<QuestionAverageGraphType>(x => x.Questions);
    }
}
