using Safeguarding.Governance.Partners;

namespace Safeguarding.Governance.QualityAssurance;

/// <param name="Change">How the agency's grade moved from the earlier audit to the repeat: IMPROVED, SAME or WORSE; NOT_COMPARABLE when it was not graded in one of them.</param>
/// <param name="EarlierGrade">The agency's grade in the earlier audit; null when it was not graded then.</param>
/// <param name="Partner">The agency.</param>
/// <param name="RepeatGrade">The agency's grade in the repeat audit; null when not graded yet.</param>
public sealed record AuditComparisonRow(Partner Partner, AuditGrade? EarlierGrade, AuditGrade? RepeatGrade, string Change);
