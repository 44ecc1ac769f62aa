namespace Safeguarding.Governance.QualityAssurance;

public sealed class GradeCaseAuditAgencyInput
{
    public string? AuditId { get; set; }
    public string? PartnerId { get; set; }
    public AuditGrade Grade { get; set; }
    public string? Finding { get; set; }
}
