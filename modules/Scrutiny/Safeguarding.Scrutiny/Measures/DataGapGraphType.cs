using GraphQL;
using GraphQL.Types;

namespace Safeguarding.Scrutiny.Measures;

public sealed class DataGapGraphType : ObjectGraphType<DataGapView>
{
    public DataGapGraphType()
    {
        Name = "ScorecardDataGap";
        Description = "An agency expected to supply a measure that supplied nothing for some quarters.";
        Field(x => x.Measure);
        Field(x => x.Agency);
        Field(x => x.Since).Description("The month (yyyy-MM) since which nothing has been supplied.");
        Field(x => x.Message);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("quarters").WithComplexityImpact(1, 1).Resolve(c => c.Source.Quarters);
    }
}
