namespace Safeguarding.Funding.Years;

public sealed class RecordContributionInput
{
    /// <summary>e.g. "2024/25"</summary>
    public string? Year { get; set; }
    /// <summary>A partner of the partnership (from Governance).</summary>
    public string? PartnerId { get; set; }
    /// <summary>Pounds, with at most two decimal places.</summary>
    public decimal Amount { get; set; }
    /// <summary>The UK day it was received; optional.</summary>
    public DateOnly? ReceivedOn { get; set; }
}
