namespace Safeguarding.Scrutiny.Measures;

/// <summary>The partnership data scorecard (<see cref="Scorecards"/>).</summary>
internal static class ScorecardGraph
{
    /// <summary>Aggregates only: open to the scrutineer, administrators and practitioners (the groups that review the scorecard).</summary>
    public const Access Readers = Access.Scrutineer | Access.Administrator | Access.AnyPractitioner;

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ScorecardGraphType>>("scorecard")
            .WithComplexityImpact(1, 1).Argument<NonNullGraphType<FinancialQuarterGraphType>>("fromQuarter", "The first quarter shown, e.g. \"2023/24 Q1\".")
            .Argument<NonNullGraphType<FinancialQuarterGraphType>>("toQuarter", "The last quarter shown, e.g. \"2023/24 Q4\".")
            .Allow(Readers).HandledBy(ScorecardAsync);

        slice.Query.Field<NonNullGraphType<StringGraphType>>("scorecardCsv")
            .Argument<NonNullGraphType<FinancialQuarterGraphType>>("fromQuarter", "The first quarter shown, e.g. \"2023/24 Q1\".").Argument<NonNullGraphType<FinancialQuarterGraphType>>("toQuarter", "The last quarter shown, e.g. \"2023/24 Q4\".")
            .Allow(Readers).HandledBy(ScorecardCsvAsync);
    }

    /// <summary>
    /// The partnership data scorecard from one quarter to another (e.g. 2023/24 Q1 to 2023/24 Q4), with trends and
    /// gaps.
    /// </summary>
    private static async Task<object?> ScorecardAsync(IResolveFieldContext c) => await c.Service<Scorecards>().BuildAsync(Range(c), c.CancellationToken);

    /// <summary>The same scorecard as CSV: one row per measure, quarter and breakdown.</summary>
    private static async Task<object?> ScorecardCsvAsync(IResolveFieldContext c) => await c.Service<Scorecards>().CsvAsync(Range(c), c.CancellationToken);

    private static QuarterRange Range(IResolveFieldContext c) => QuarterRange.Parse(c.GetArgument<string>("fromQuarter"), c.GetArgument<string>("toQuarter"));
}
