namespace Safeguarding.Governance.Reviews;

public sealed class OpenRapidReviewInput
{
    public string? Reference { get; set; }
    public DateOnly NotifiedOn { get; set; }
    public string? SubjectId { get; set; }
}
