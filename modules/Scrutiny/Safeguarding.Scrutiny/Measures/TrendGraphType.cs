using GraphQL.Types;

namespace Safeguarding.Scrutiny.Measures;

public sealed class TrendGraphType : ObjectGraphType<Trend>
{
    public TrendGraphType()
    {
        Name = "ScorecardTrend";
        Description = "From the first ended quarter with a figure (status FIGURE) to the last; quarters under way, to come or without data are not part of it.";
        Field(x => x.Direction).Description("UP, DOWN, STEADY, or UNKNOWN with fewer than two ended quarters with a figure.");
        Field(x => x.Change, nullable: true);
        Field(x => x.FromQuarter, nullable: true);
        Field(x => x.ToQuarter, nullable: true);
    }
}
