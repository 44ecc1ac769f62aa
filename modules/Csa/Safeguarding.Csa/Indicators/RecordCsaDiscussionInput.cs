namespace Safeguarding.Csa.Indicators;

public sealed class RecordCsaDiscussionInput
{
    public string? FlagId { get; set; }
    public DateOnly HeldOn { get; set; }
    /// <summary>The agencies that took part: at least two.</summary>
    public List<string>? Agencies { get; set; }
    /// <summary>What was agreed.</summary>
    public string? Outcome { get; set; }
}
