using GraphQL.Types;

namespace Safeguarding.Governance.QualityAssurance;

public sealed class Section11ComplianceGraphType : ObjectGraphType<Section11StandardCompliance>
{
    public Section11ComplianceGraphType()
    {
        Name = "Section11StandardCompliance";
        Field(x => x.Standard);
        Field(x => x.Heading);
        Field(x => x.Met);
        Field(x => x.PartiallyMet);
        Field(x => x.NotMet);
        Field(x => x.PercentMet).Description("Share of the year's self-assessments rating the standard met, to two decimals.");
    }
}
