namespace Safeguarding.Neglect.Assessments;

/// <summary>A practitioner's mark on a sub-area grade of a Graded Care Profile 2 assessment.</summary>
public enum GradeFlag
{
    /// <summary>No mark.</summary>
    None,
    /// <summary>A strength in the child's care to build on.</summary>
    Strength,
    /// <summary>A concern to act on.</summary>
    Concern,
}
