using GraphQL.Types;

namespace Safeguarding.Neglect.Assessments;

public sealed class RecordNeglectAssessmentInputType : InputObjectGraphType<RecordNeglectAssessmentInput>
{
    public RecordNeglectAssessmentInputType()
    {
        Name = "RecordNeglectAssessmentInput";
        Field<NonNullGraphType<IdGraphType>>("assessmentId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeglectSubAreaGradeInputType>>>>("grades")
            .Description("Grades for some or all sub-areas; a sub-area graded again replaces its earlier grade.");
    }
}
