namespace Safeguarding.Governance.QualityAssurance;

public enum AuditGrade { Good, RequiresImprovement, Inadequate }
