namespace Safeguarding.Host.GraphQL;

public sealed class OneOffBankHolidayInput
{
    public DateOnly Date { get; set; }
    public string? Name { get; set; }
    public DateOnly? Replaces { get; set; }
}
