namespace Safeguarding.Funding.Years;

public sealed class SetBudgetInput
{
    /// <summary>The financial year, e.g. "2024/25".</summary>
    public string? Year { get; set; }
    /// <summary>Whether the line is income or expenditure.</summary>
    public BudgetKind Kind { get; set; }
    public string? Heading { get; set; }
    /// <summary>The amount budgeted, in pounds.</summary>
    public decimal Amount { get; set; }
}
