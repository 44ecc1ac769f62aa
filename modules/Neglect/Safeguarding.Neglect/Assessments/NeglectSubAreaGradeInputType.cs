namespace Safeguarding.Neglect.Assessments;

public sealed class NeglectSubAreaGradeInputType() : RecordInputGraphType<NeglectSubAreaGradeInput>("NeglectSubAreaGradeInput");
