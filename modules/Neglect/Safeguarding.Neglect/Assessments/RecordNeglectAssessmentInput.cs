namespace Safeguarding.Neglect.Assessments;

public sealed class RecordNeglectAssessmentInput
{
    /// <summary>The draft assessment, by its id.</summary>
    public string? AssessmentId { get; set; }
    /// <summary>Grades for some or all sub-areas; a sub-area graded again replaces its earlier grade.</summary>
    public List<NeglectSubAreaGradeInput>? Grades { get; set; }
}
