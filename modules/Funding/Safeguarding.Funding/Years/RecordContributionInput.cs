namespace Safeguarding.Funding.Years;

public sealed class RecordContributionInput
{
    public string? Year { get; set; }
    public string? PartnerId { get; set; }
    public decimal Amount { get; set; }
    public DateOnly? ReceivedOn { get; set; }
}
