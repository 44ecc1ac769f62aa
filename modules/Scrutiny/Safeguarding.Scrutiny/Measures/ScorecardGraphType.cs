using GraphQL;
using GraphQL.Types;

namespace Safeguarding.Scrutiny.Measures;

public sealed class ScorecardGraphType : ObjectGraphType<ScorecardView>
{
    public ScorecardGraphType()
    {
        Name = "Scorecard";
        Description = "The partnership data scorecard for a range of quarters: figures per measure and quarter, breakdowns, gaps and trends.";
        Field(x => x.FromQuarter);
        Field(x => x.ToQuarter);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("quarters").WithComplexityImpact(1, 1).Resolve(c => c.Source.Quarters);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeasureRowGraphType>>>>("measures").WithComplexityImpact(1, 20).Resolve(c => c.Source.Measures);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataGapGraphType>>>>("gaps").WithComplexityImpact(1, 4).Resolve(c => c.Source.Gaps);
    }
}
