namespace Safeguarding.Adolescents.SafetyPlans;

public enum RiskLevel { Low, Medium, High }
