namespace Safeguarding.Governance.Reviews;

/// <summary>The kind of learning review.</summary>
public enum ReviewKind
{
    /// <summary>
    /// Opened by a serious incident notification; decided by the statutory partners within 15 working days.
    /// </summary>
    RapidReview,
    /// <summary>A local review where the criteria for a Child Safeguarding Practice Review are not met.</summary>
    LearningFromExperience,
}
