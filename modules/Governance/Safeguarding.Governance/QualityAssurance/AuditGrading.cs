namespace Safeguarding.Governance.QualityAssurance;

/// <summary>An agency's grade and finding in an audit, as asked for; <see cref="Of"/> checks it before the audit is read.</summary>
public sealed record AuditGrading(Guid AuditId, Guid PartnerId, AuditGrade Grade, string Finding)
{
    public const int MaxFindingLength = 4000;

    public static AuditGrading Of(GradeCaseAuditAgencyInput input)
    {
        var check = new InputCheck();
        var auditId = check.ParseId(input.AuditId, "auditId", "The audit");
        var partnerId = check.ParseId(input.PartnerId, "partnerId", "The agency");
        check.Require(Enum.IsDefined(input.Grade), "grade", "The grade must be GOOD, REQUIRES_IMPROVEMENT or INADEQUATE.")
            .RequireText(input.Finding, "finding", "The finding", MaxFindingLength).ThrowIfInvalid();
        return new AuditGrading(auditId, partnerId, input.Grade, input.Finding!.Trim());
    }
}
