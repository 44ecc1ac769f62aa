using GraphQL.Types;

namespace Safeguarding.Governance.QualityAssurance;

public sealed class GradeCaseAuditAgencyInputType : InputObjectGraphType<GradeCaseAuditAgencyInput>
{
    public GradeCaseAuditAgencyInputType()
    {
        Name = "GradeCaseAuditAgencyInput";
        Field<NonNullGraphType<IdGraphType>>("auditId");
        Field<NonNullGraphType<IdGraphType>>("partnerId");
        Field<NonNullGraphType<EnumerationGraphType<AuditGrade>>>("grade");
        Field(x => x.Finding);
    }
}
