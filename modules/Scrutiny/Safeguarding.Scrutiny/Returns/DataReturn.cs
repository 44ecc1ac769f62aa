namespace Safeguarding.Scrutiny.Returns;

/// <summary>
/// A figure an agency supplied for a measure and quarter that no module records (re-referrals within 12 months, say).
/// A later return for the same measure, quarter and agency corrects the earlier one.
/// </summary>
public sealed class DataReturn
{
    public Guid Id { get; set; }
    public string Measure { get; set; } = "";
    public string Quarter { get; set; } = "";
    public Guid PartnerId { get; set; }
    /// <summary>The agency's name when the return was made.</summary>
    public string Agency { get; set; } = "";
    public decimal Value { get; set; }
    public string? Note { get; set; }
    public string SubmittedBy { get; set; } = "";
    public DateTimeOffset SubmittedAt { get; set; }
}

/// <summary>
/// An agency the partnership expects figures from for a returned measure, from a quarter on. When a quarter has no return
/// from it, the scorecard shows a gap ("no data from Devon and Cornwall Police since 2022-11") rather than a zero.
/// </summary>
public sealed class DataSupplier
{
    public Guid Id { get; set; }
    public string Measure { get; set; } = "";
    public Guid PartnerId { get; set; }
    public string Agency { get; set; } = "";
    /// <summary>The first quarter a return is expected for.</summary>
    public string ExpectedFrom { get; set; } = "";
    /// <summary>The month (yyyy-MM) since which the agency has supplied nothing, when that is known to be earlier than its first
    /// missing return (the police's change of computer system in November 2022).</summary>
    public string? NoDataSince { get; set; }
    public string? Note { get; set; }
}
