namespace Safeguarding.Scrutiny.Returns;

public sealed class ExpectDataSupplierInput
{
    /// <summary>The measure's code.</summary>
    public string? Measure { get; set; }
    /// <summary>The agency, by its id.</summary>
    public string? PartnerId { get; set; }
    /// <summary>The first quarter a return is expected for, e.g. 2022/23 Q1.</summary>
    public string? ExpectedFrom { get; set; }
    /// <summary>yyyy-MM, when the agency is known to have supplied nothing since a month.</summary>
    public string? NoDataSince { get; set; }
    /// <summary>A note on what the agency returns; optional.</summary>
    public string? Note { get; set; }
}
