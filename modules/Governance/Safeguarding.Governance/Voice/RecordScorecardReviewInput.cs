namespace Safeguarding.Governance.Voice;

public sealed class RecordScorecardReviewInput
{
    public string? Quarter { get; set; }
    public DateOnly ReviewedOn { get; set; }
    public string? Summary { get; set; }
    public List<string>? Recommendations { get; set; }
}
