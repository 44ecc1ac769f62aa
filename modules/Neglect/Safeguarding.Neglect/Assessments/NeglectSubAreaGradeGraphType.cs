namespace Safeguarding.Neglect.Assessments;

public sealed class NeglectSubAreaGradeGraphType() : RecordGraphType<SubAreaGradeView>("NeglectSubAreaGrade", null);
