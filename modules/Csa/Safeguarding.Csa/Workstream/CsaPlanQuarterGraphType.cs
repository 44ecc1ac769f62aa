using GraphQL.Types;

namespace Safeguarding.Csa.Workstream;

public sealed class CsaPlanQuarterGraphType : ObjectGraphType<PlanQuarter>
{
    public CsaPlanQuarterGraphType()
    {
        Name = "CsaSexualAbusePlanQuarter";
        Description = "Child protection plans for sexual abuse in a quarter: started in it, and open at its end.";
        Field(x => x.QuarterEnd);
        Field(x => x.Started);
        Field(x => x.OpenAtEnd);
    }
}
