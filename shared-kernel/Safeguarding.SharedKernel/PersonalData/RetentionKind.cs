namespace Safeguarding.SharedKernel.PersonalData;

/// <summary>
/// The retention rule a kind of record follows, each with its period in configuration (Retention): a child's
/// safeguarding record is kept until the child's 25th birthday, an adult's for some years after the last activity.
/// Published aggregates hold no person and are kept.
/// </summary>
public enum RetentionKind
{
    /// <summary>A child's safeguarding record: kept until the child's 25th birthday (configurable).</summary>
    ChildSafeguardingRecord,
    /// <summary>An adult's record: kept for some years after the last activity (configurable).</summary>
    AdultRecord,
}
