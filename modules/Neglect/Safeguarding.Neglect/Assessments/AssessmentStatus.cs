namespace Safeguarding.Neglect.Assessments;

public enum AssessmentStatus { Draft, Completed, SharedWithFamily }
