namespace Safeguarding.Neglect.Assessments;

public sealed class NeglectSubAreaGradeInput
{
    public string? SubAreaCode { get; set; }
    public int Grade { get; set; }
    public GradeFlag? Flag { get; set; }
    public string? Note { get; set; }
}
