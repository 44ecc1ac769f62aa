namespace Safeguarding.DomesticAbuse.Risk;

public enum HighRiskBasis { Score, Judgement, Escalation }
