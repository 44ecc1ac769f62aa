namespace Safeguarding.Governance.QualityAssurance;

public sealed class Section11ComplianceGraphType() : RecordGraphType<Section11StandardCompliance>("Section11StandardCompliance", null);
