namespace Safeguarding.Governance.Reviews;

public sealed class OpenRapidReviewInput
{
    /// <summary>A short reference such as "RR 2024/03"; never a child's name.</summary>
    public string? Reference { get; set; }
    /// <summary>The date of the serious incident notification (1995 to 2099, not in the future).</summary>
    public DateOnly NotifiedOn { get; set; }
    /// <summary>The pseudonymous subject, if any; must exist in the subject registry.</summary>
    public string? SubjectId { get; set; }
}
