namespace Safeguarding.Governance.QualityAssurance;

public sealed class GradeCaseAuditAgencyInput
{
    /// <summary>The audit, by its id.</summary>
    public string? AuditId { get; set; }
    /// <summary>The agency taking part, by its id.</summary>
    public string? PartnerId { get; set; }
    /// <summary>The agency's grade.</summary>
    public AuditGrade Grade { get; set; }
    /// <summary>What the audit found of the agency's practice.</summary>
    public string? Finding { get; set; }
}
