namespace Safeguarding.Funding.Statements;

/// <summary>Funding's queries: the years, a year's statement and year-on-year change (<see cref="FinancialStatements"/>).</summary>
internal static class StatementGraph
{
    private const Access Readers = Access.AnySignedIn; // no personal data: partners and the scrutineer read statements

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FinancialYearSummaryGraphType>>>>("financialYears")
            .Description("The partnership's financial years, newest first.")
            .Allow(Readers).ResolveAsync(FinancialYearsAsync);

        slice.Query.Field<NonNullGraphType<FinancialStatementGraphType>>("financialStatement")
            .Description("A year's statement, e.g. year: \"2023/24\".")
            .Argument<NonNullGraphType<StringGraphType>>("year")
            .Allow(Readers).ResolveAsync(FinancialStatementAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FigureChangeGraphType>>>>("financialComparison")
            .Description("Year-on-year change of the headline figures between two years.")
            .Argument<NonNullGraphType<StringGraphType>>("from")
            .Argument<NonNullGraphType<StringGraphType>>("to")
            .Allow(Readers).ResolveAsync(FinancialComparisonAsync);
    }

    private static async Task<object?> FinancialYearsAsync(IResolveFieldContext c) =>
        await c.Service<FinancialStatements>().YearsAsync(c.CancellationToken);

    private static async Task<object?> FinancialStatementAsync(IResolveFieldContext c) =>
        await c.Service<FinancialStatements>().OfAsync(c.GetArgument<string>("year"), "year", c.CancellationToken);

    private static async Task<object?> FinancialComparisonAsync(IResolveFieldContext c) =>
        await c.Service<FinancialStatements>().CompareAsync(c.GetArgument<string>("from"), c.GetArgument<string>("to"), c.CancellationToken);
}
