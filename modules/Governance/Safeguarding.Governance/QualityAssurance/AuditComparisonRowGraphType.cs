using Safeguarding.Governance.Partners;

namespace Safeguarding.Governance.QualityAssurance;

public sealed class AuditComparisonRowGraphType : RecordGraphType<AuditComparisonRow>
{
    public AuditComparisonRowGraphType() : base("CaseAuditComparisonRow",
        "One agency's grade in the earlier audit and in the repeat: IMPROVED, SAME, WORSE or NOT_COMPARABLE.")
    {
    }
}
