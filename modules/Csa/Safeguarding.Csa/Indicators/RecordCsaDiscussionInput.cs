namespace Safeguarding.Csa.Indicators;

public sealed class RecordCsaDiscussionInput
{
    /// <summary>The open flag, by its id.</summary>
    public string? FlagId { get; set; }
    /// <summary>The UK day the discussion was held.</summary>
    public DateOnly HeldOn { get; set; }
    /// <summary>The agencies that took part: at least two.</summary>
    public List<string>? Agencies { get; set; }
    /// <summary>What was agreed.</summary>
    public string? Outcome { get; set; }
}
