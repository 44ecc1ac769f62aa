namespace Safeguarding.Governance.QualityAssurance;

/// <summary>An agency taking part in an audit, and its grade once recorded (through <see cref="CaseAudit.Grade"/>).</summary>
public sealed class CaseAuditAgency
{
    private CaseAuditAgency() { }

    public Guid Id { get; private set; }
    public Guid AuditId { get; private set; }
    public Guid PartnerId { get; private set; }
    /// <summary>The agency's grade; null until graded.</summary>
    public AuditGrade? Grade { get; private set; }
    /// <summary>What the audit found of the agency's practice; null until graded.</summary>
    public string? Finding { get; private set; }

    internal static CaseAuditAgency TakingPart(Guid auditId, Guid partnerId) => new() { Id = Guid.NewGuid(), AuditId = auditId, PartnerId = partnerId };

    internal void Record(AuditGrade grade, string finding)
    {
        Grade = grade;
        Finding = finding;
    }
}
