namespace Safeguarding.Funding.Years;

public sealed class RecordGrantInput
{
    public string? Year { get; set; }
    public string? Source { get; set; }
    public decimal Amount { get; set; }
}
