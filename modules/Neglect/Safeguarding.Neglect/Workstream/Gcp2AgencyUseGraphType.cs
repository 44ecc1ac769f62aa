using GraphQL.Types;

namespace Safeguarding.Neglect.Workstream;

public sealed class Gcp2AgencyUseGraphType : ObjectGraphType<AgencyQuarterUse>
{
    public Gcp2AgencyUseGraphType()
    {
        Name = "Gcp2AgencyUse";
        Field(x => x.Agency);
        Field(x => x.QuarterEnd);
        Field(x => x.CompletedAssessments);
    }
}
