namespace Safeguarding.Funding.Years;

public sealed class RecordGrantInput
{
    /// <summary>The financial year, e.g. "2024/25".</summary>
    public string? Year { get; set; }
    public string? Source { get; set; }
    /// <summary>The grant, in pounds.</summary>
    public decimal Amount { get; set; }
}
