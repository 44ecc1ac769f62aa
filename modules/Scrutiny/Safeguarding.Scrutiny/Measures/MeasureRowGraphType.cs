using GraphQL;
using GraphQL.Types;

namespace Safeguarding.Scrutiny.Measures;

public sealed class MeasureRowGraphType : ObjectGraphType<MeasureRow>
{
    public MeasureRowGraphType()
    {
        Name = "ScorecardMeasure";
        Description = "One measure of the partnership's scorecard. Counts only: no child is identified.";
        Field(x => x.Code);
        Field(x => x.Name);
        Field(x => x.Description);
        Field<NonNullGraphType<MeasureUnitGraphType>>("unit").Resolve(c => c.Source.Unit);
        Field(x => x.Source).Description("The module whose events it is computed from, or \"Agency returns\".");
        Field(x => x.SourceStatus).Description("AVAILABLE, NO_DATA (nothing received yet), MODULE_ABSENT, MODULE_OFF, or RETURNS.");
        Field(x => x.Note, nullable: true);
        Field(x => x.BreakdownBy, nullable: true).Description("agency, body or grade, when the measure has a breakdown.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuarterValueGraphType>>>>("values").WithComplexityImpact(1, 4).Resolve(c => c.Source.Values);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BreakdownRowGraphType>>>>("breakdown").WithComplexityImpact(1, 4).Resolve(c => c.Source.Breakdown);
        Field<NonNullGraphType<TrendGraphType>>("trend").Resolve(c => c.Source.Trend);
    }
}
