namespace Safeguarding.Neglect.Assessments;

public sealed class NeglectAreaGradeGraphType() : RecordGraphType<AreaGradeView>("NeglectAreaGrade", null);
