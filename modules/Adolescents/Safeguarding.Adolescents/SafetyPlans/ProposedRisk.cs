namespace Safeguarding.Adolescents.SafetyPlans;

/// <summary>A risk as a practitioner gives it when starting or reviewing a plan, not yet checked.</summary>
public sealed record ProposedRisk(string? Description, RiskLevel Level);
