using Safeguarding.Governance.Partners;

namespace Safeguarding.Governance.QualityAssurance;

/// <param name="Change">Whether the agency's grade improved, stayed the same or declined between the two audits, in words.</param>
/// <param name="EarlierGrade">The agency's grade in the earlier audit; null when it was not graded then.</param>
/// <param name="Partner">The agency.</param>
/// <param name="RepeatGrade">The agency's grade in the repeat audit; null when not graded yet.</param>
public sealed record AuditComparisonRow(Partner Partner, AuditGrade? EarlierGrade, AuditGrade? RepeatGrade, string Change);
