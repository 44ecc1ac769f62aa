using GraphQL;
using GraphQL.Types;

namespace Safeguarding.Scrutiny.Measures;

public sealed class BreakdownRowGraphType : ObjectGraphType<BreakdownRow>
{
    public BreakdownRowGraphType()
    {
        Name = "ScorecardBreakdown";
        Description = "The measure for one agency, body or grade, per quarter.";
        Field(x => x.Label);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuarterValueGraphType>>>>("values").WithComplexityImpact(1, 4).Resolve(c => c.Source.Values);
    }
}
