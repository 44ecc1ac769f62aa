namespace Safeguarding.Funding.Statements;

/// <summary>Funding's queries: the years, a year's statement and year-on-year change (<see cref="FinancialStatements"/>).</summary>
internal static class StatementGraph
{
    private const Access Readers = Access.AnySignedIn; // no personal data: partners and the scrutineer read statements

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingYearGraphType>>>>("financialYears")
            .Allow(Readers).HandledBy(FinancialYearsAsync);

        slice.Query.Field<NonNullGraphType<FinancialStatementGraphType>>("financialStatement").Argument<NonNullGraphType<FinancialYearGraphType>>("year", "The financial year, e.g. \"2023/24\".")
            .Allow(Readers).HandledBy(FinancialStatementAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FigureChangeGraphType>>>>("financialComparison")
            .Argument<NonNullGraphType<StringGraphType>>("from", "The earlier financial year, e.g. \"2022/23\".").Argument<NonNullGraphType<StringGraphType>>("to", "The later financial year, e.g. \"2023/24\".")
            .Allow(Readers).HandledBy(FinancialComparisonAsync);
    }

    /// <summary>The partnership's financial years, newest first.</summary>
    private static async Task<object?> FinancialYearsAsync(IResolveFieldContext c) =>
        await c.Service<FinancialStatements>().YearsAsync(c.CancellationToken);

    /// <summary>A year's statement, e.g. year: "2023/24".</summary>
    private static async Task<object?> FinancialStatementAsync(IResolveFieldContext c) =>
        await c.Service<FinancialStatements>().OfAsync(c.GetArgument<string>("year"), "year", c.CancellationToken);

    /// <summary>Year-on-year change of the headline figures between two years.</summary>
    private static async Task<object?> FinancialComparisonAsync(IResolveFieldContext c) =>
        await c.Service<FinancialStatements>().CompareAsync(c.GetArgument<string>("from"), c.GetArgument<string>("to"), c.CancellationToken);
}
