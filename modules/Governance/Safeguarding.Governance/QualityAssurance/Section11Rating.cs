namespace Safeguarding.Governance.QualityAssurance;

public enum Section11Rating { Met, PartiallyMet, NotMet }
