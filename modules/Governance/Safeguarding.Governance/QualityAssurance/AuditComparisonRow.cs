using Safeguarding.Governance.Partners;

namespace Safeguarding.Governance.QualityAssurance;

public sealed record AuditComparisonRow(Partner Partner, AuditGrade? EarlierGrade, AuditGrade? RepeatGrade, string Change);
