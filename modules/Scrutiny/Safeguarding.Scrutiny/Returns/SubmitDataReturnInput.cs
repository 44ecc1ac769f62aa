namespace Safeguarding.Scrutiny.Returns;

public sealed class SubmitDataReturnInput
{
    public string? Measure { get; set; }
    public string? Quarter { get; set; }
    public string? PartnerId { get; set; }
    public decimal Value { get; set; }
    public string? Note { get; set; }
}
