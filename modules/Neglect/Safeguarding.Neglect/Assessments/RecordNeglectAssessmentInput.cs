namespace Safeguarding.Neglect.Assessments;

public sealed class RecordNeglectAssessmentInput
{
    public string? AssessmentId { get; set; }
    public List<NeglectSubAreaGradeInput>? Grades { get; set; }
}
