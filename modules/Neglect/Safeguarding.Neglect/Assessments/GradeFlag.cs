namespace Safeguarding.Neglect.Assessments;

public enum GradeFlag { None, Strength, Concern }
