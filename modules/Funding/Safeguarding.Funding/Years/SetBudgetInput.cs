namespace Safeguarding.Funding.Years;

public sealed class SetBudgetInput
{
    public string? Year { get; set; }
    public BudgetKind Kind { get; set; }
    public string? Heading { get; set; }
    public decimal Amount { get; set; }
}
