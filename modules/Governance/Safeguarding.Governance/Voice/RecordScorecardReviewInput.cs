namespace Safeguarding.Governance.Voice;

public sealed class RecordScorecardReviewInput
{
    /// <summary>e.g. 2023/24 Q2.</summary>
    public string? Quarter { get; set; }
    /// <summary>The UK day they reviewed the scorecard.</summary>
    public DateOnly ReviewedOn { get; set; }
    /// <summary>What they made of the scorecard, in their words.</summary>
    public string? Summary { get; set; }
    /// <summary>The young safeguarders' recommendations, one an entry.</summary>
    public List<string>? Recommendations { get; set; }
}
