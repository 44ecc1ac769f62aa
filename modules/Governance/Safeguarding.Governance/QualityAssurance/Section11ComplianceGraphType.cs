namespace Safeguarding.Governance.QualityAssurance;

public sealed class Section11ComplianceGraphType : RecordGraphType<Section11StandardCompliance>
{
    public Section11ComplianceGraphType() : base("Section11StandardCompliance", null)
    {
        Describe(x => x.PercentMet, "Share of the year's self-assessments rating the standard met, to two decimals.");
    }
}
