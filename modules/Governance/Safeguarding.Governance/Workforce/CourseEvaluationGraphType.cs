using GraphQL.Types;

namespace Safeguarding.Governance.Workforce;

public sealed class CourseEvaluationGraphType : ObjectGraphType<CourseEvaluation>
{
    public CourseEvaluationGraphType()
    {
        Name = "TrainingCourseEvaluation";
        Field(x => x.Course);
        Field(x => x.Attendees);
        Field(x => x.Forms).Description("Evaluation forms returned (the most for any question).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuestionAverageGraphType>>>>("questions").Resolve(c => c.Source.Questions);
    }
}
