namespace Safeguarding.Scrutiny.Returns;

public sealed class SubmitDataReturnInput
{
    /// <summary>A returned measure's code, e.g. REREFERRALS_12M.</summary>
    public string? Measure { get; set; }
    /// <summary>e.g. 2023/24 Q3.</summary>
    public string? Quarter { get; set; }
    /// <summary>The supplying agency.</summary>
    public string? PartnerId { get; set; }
    /// <summary>The figure.</summary>
    public decimal Value { get; set; }
    /// <summary>The agency's note on the figure; optional.</summary>
    public string? Note { get; set; }
}
