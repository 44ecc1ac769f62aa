using GraphQL;
using GraphQL.Types;
using Safeguarding.Scrutiny.Persistence;
using Safeguarding.SharedKernel.Features;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Modules;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Scrutiny.Measures;

public sealed class MeasureUnitGraphType : EnumerationGraphType<MeasureUnit>
{
    public MeasureUnitGraphType() { Name = "ScorecardUnit"; Description = "COUNT, PERCENT (0-100) or SCORE (1-5)."; }
}

public sealed class QuarterStatusGraphType : EnumerationGraphType<QuarterStatus>
{
    public QuarterStatusGraphType()
    {
        Name = "ScorecardValueStatus";
        Description = "FIGURE (an ended quarter's figure), IN_PROGRESS (today is in the quarter: the figure so far), NOT_YET (the quarter has not begun, "
                      + "or a returned measure's quarter has not ended), NO_DATA (no source supplied anything for it), NOTHING_TO_MEASURE (a rate or "
                      + "average with nothing to compute it from). Only FIGURE quarters make the trend.";
    }
}

public sealed class QuarterValueGraphType : ObjectGraphType<QuarterValue>
{
    public QuarterValueGraphType()
    {
        Name = "ScorecardValue";
        Description = "A quarter's figure. Null with a note and a status when there is none: a gap or a quarter to come is never shown as zero.";
        Field(x => x.Quarter).Description("e.g. 2023/24 Q3.");
        Field(x => x.Value, nullable: true);
        Field(x => x.Note, nullable: true);
        Field<NonNullGraphType<QuarterStatusGraphType>>("status").Resolve(c => c.Source.Status);
    }
}

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

internal static class ScorecardGraph
{
    /// <summary>Aggregates only: open to the scrutineer, administrators and practitioners (the groups that review the scorecard).</summary>
    public const Access Readers = Access.Scrutineer | Access.Administrator | Access.AnyPractitioner;

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ScorecardGraphType>>("scorecard").WithComplexityImpact(1, 1)
            .Description("The partnership data scorecard from one quarter to another (e.g. 2023/24 Q1 to 2023/24 Q4), with trends and gaps.")
            .Argument<NonNullGraphType<StringGraphType>>("fromQuarter")
            .Argument<NonNullGraphType<StringGraphType>>("toQuarter")
            .Allow(Readers)
            .ResolveAsync(async c => (object?)await BuildAsync(c));

        slice.Query.Field<NonNullGraphType<StringGraphType>>("scorecardCsv")
            .Description("The same scorecard as CSV: one row per measure, quarter and breakdown.")
            .Argument<NonNullGraphType<StringGraphType>>("fromQuarter")
            .Argument<NonNullGraphType<StringGraphType>>("toQuarter")
            .Allow(Readers)
            .ResolveAsync(async c => (object?)Scorecard.ToCsv(await BuildAsync(c)));
    }

    private static Task<ScorecardView> BuildAsync(IResolveFieldContext c)
    {
        var (from, to) = ParseRange(c.GetArgument<string>("fromQuarter"), c.GetArgument<string>("toQuarter"));
        return Scorecard.BuildAsync(c.Service<ScrutinyDbContext>(), c.Service<ModuleCatalog>(), c.Service<IModuleSwitch>(), from, to,
            c.Service<TimeProvider>().Today(), c.CancellationToken);
    }

    public static (FinancialQuarter From, FinancialQuarter To) ParseRange(string? fromText, string? toText)
    {
        var check = new InputCheck();
        var fromOk = FinancialQuarter.TryParse(fromText, out var from);
        var toOk = FinancialQuarter.TryParse(toText, out var to);
        check.Require(fromOk, "fromQuarter", "The first quarter must look like 2023/24 Q1.")
            .Require(toOk, "toQuarter", "The last quarter must look like 2023/24 Q4.");
        if (fromOk && toOk)
            check.Require(from <= to, "toQuarter", "The last quarter cannot come before the first.")
                .Require(from > to || FinancialQuarter.Range(from, to).Count <= Scorecard.MaxQuarters, "toQuarter", $"Ask for at most {Scorecard.MaxQuarters} quarters at a time.");
        check.ThrowIfInvalid();
        return (from, to);
    }
}
