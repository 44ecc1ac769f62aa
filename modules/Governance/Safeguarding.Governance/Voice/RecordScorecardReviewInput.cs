namespace Safeguarding.Governance.Voice;

public sealed class RecordScorecardReviewInput
{
    /// <summary>e.g. 2023/24 Q2.</summary>
    public string? Quarter { get; set; }
    public DateOnly ReviewedOn { get; set; }
    public string? Summary { get; set; }
    public List<string>? Recommendations { get; set; }
}
