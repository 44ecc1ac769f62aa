namespace Safeguarding.DomesticAbuse.Risk;

public enum RiskLevel { Standard, High }
