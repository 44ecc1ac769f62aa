namespace Safeguarding.DomesticAbuse.Risk;

public sealed record DashOutcome(int YesCount, RiskLevel RiskLevel, HighRiskBasis? Basis);
