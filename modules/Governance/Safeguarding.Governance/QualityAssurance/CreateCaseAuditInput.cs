namespace Safeguarding.Governance.QualityAssurance;

public sealed class CreateCaseAuditInput
{
    /// <summary>What the audit looks at.</summary>
    public string? Topic { get; set; }
    /// <summary>Financial year and quarter, e.g. 2023/24 Q3.</summary>
    public string? Quarter { get; set; }
    /// <summary>The agencies taking part (at least two).</summary>
    public List<string>? AgencyPartnerIds { get; set; }
    /// <summary>The earlier audit this one repeats, to check the actions made a difference.</summary>
    public string? RepeatOfAuditId { get; set; }
}
