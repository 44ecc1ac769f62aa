namespace Safeguarding.Scrutiny.Returns;

public sealed class ExpectDataSupplierInput
{
    public string? Measure { get; set; }
    public string? PartnerId { get; set; }
    public string? ExpectedFrom { get; set; }
    public string? NoDataSince { get; set; }
    public string? Note { get; set; }
}
