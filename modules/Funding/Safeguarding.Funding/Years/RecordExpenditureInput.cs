namespace Safeguarding.Funding.Years;

public sealed class RecordExpenditureInput
{
    public string? Year { get; set; }
    public string? Category { get; set; }
    public decimal Amount { get; set; }
    public string? Description { get; set; }
}
