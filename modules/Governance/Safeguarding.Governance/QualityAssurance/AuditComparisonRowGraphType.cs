using GraphQL.Types;
using Safeguarding.Governance.Partners;

namespace Safeguarding.Governance.QualityAssurance;

public sealed class AuditComparisonRowGraphType : ObjectGraphType<AuditComparisonRow>
{
    public AuditComparisonRowGraphType()
    {
        Name = "CaseAuditComparisonRow";
        Description = "One agency's grade in the earlier audit and in the repeat: IMPROVED, SAME, WORSE or NOT_COMPARABLE.";
        Field<NonNullGraphType<PartnerGraphType>>("partner").Resolve(c => c.Source.Partner);
        Field<EnumerationGraphType<AuditGrade>>("earlierGrade").Resolve(c => c.Source.EarlierGrade);
        Field<EnumerationGraphType<AuditGrade>>("repeatGrade").Resolve(c => c.Source.RepeatGrade);
        Field(x => x.Change);
    }
}
