namespace Safeguarding.SharedKernel.PersonalData;

/// <summary>
/// The retention rule a kind of record follows, each with its period in configuration (<c>Retention</c>): a child's
/// safeguarding record is kept until the child's 25th birthday, an adult's for some years after the last activity.
/// Published aggregates hold no person and are kept.
/// </summary>
public enum RetentionKind
{
    ChildSafeguardingRecord,
    AdultRecord,
}
