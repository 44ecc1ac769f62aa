namespace Safeguarding.Neglect.Assessments;

/// <summary>One sub-area's grade in an assessment. Only its assessment grades it (<see cref="Assessment.RecordGrades"/>).</summary>
public sealed class SubAreaGrade
{
    private SubAreaGrade() { }

    internal SubAreaGrade(Guid assessmentId, string areaCode, string subAreaCode)
    {
        Id = Guid.NewGuid();
        AssessmentId = assessmentId;
        AreaCode = areaCode;
        SubAreaCode = subAreaCode;
    }

    public Guid Id { get; private set; }
    public Guid AssessmentId { get; private set; }
    public string AreaCode { get; private set; } = "";
    public string SubAreaCode { get; private set; } = "";
    public int Grade { get; private set; }
    public GradeFlag Flag { get; private set; }
    public string? Note { get; private set; }

    internal void Set(int grade, GradeFlag flag, string? note)
    {
        Grade = grade;
        Flag = flag;
        Note = note;
    }

    /// <summary>The same grade, flag and note, in another assessment (a correction starts from the grades it corrects).</summary>
    internal SubAreaGrade CopyTo(Guid assessmentId)
    {
        var copy = new SubAreaGrade(assessmentId, AreaCode, SubAreaCode);
        copy.Set(Grade, Flag, Note);
        return copy;
    }
}
