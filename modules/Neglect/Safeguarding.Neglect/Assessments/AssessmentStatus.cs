namespace Safeguarding.Neglect.Assessments;

/// <summary>Where a Graded Care Profile 2 assessment stands.</summary>
public enum AssessmentStatus
{
    /// <summary>Started: grades may still be recorded and changed.</summary>
    Draft,
    /// <summary>Completed: the grades stand and count in the figures (a correction needs a reason).</summary>
    Completed,
    /// <summary>Completed and shared with the family.</summary>
    SharedWithFamily,
}
