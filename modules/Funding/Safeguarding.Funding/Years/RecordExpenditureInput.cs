namespace Safeguarding.Funding.Years;

public sealed class RecordExpenditureInput
{
    /// <summary>The financial year, e.g. "2024/25".</summary>
    public string? Year { get; set; }
    public string? Category { get; set; }
    /// <summary>The amount spent, in pounds.</summary>
    public decimal Amount { get; set; }
    /// <summary>What it was spent on; optional.</summary>
    public string? Description { get; set; }
}
