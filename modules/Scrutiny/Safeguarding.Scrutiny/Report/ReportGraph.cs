using Safeguarding.Scrutiny.Measures;

namespace Safeguarding.Scrutiny.Report;

/// <summary>The annual report and the figures the partnership published (<see cref="AnnualReports"/>).</summary>
internal static class ReportGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<AnnualReportGraphType>>("annualReport").Argument<NonNullGraphType<FinancialYearGraphType>>("financialYear", "The financial year of the report, e.g. \"2023/24\".")
            .Allow(ScorecardGraph.Readers).HandledBy(AnnualReportAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PublishedFigureGraphType>>>>("publishedFigures")
            .Argument<NonNullGraphType<FinancialYearGraphType>>("financialYear", "The financial year, e.g. \"2023/24\".")
            .Allow(ScorecardGraph.Readers).HandledBy(PublishedFiguresAsync);
    }

    /// <summary>Generates the annual report's data sections for a financial year (e.g. 2023/24 or 2023-24).</summary>
    private static async Task<object?> AnnualReportAsync(IResolveFieldContext c) => await c.Service<AnnualReports>().BuildAsync(Year(c), c.CancellationToken);

    /// <summary>Figures the partnership published for a year (its annual report's measures).</summary>
    private static async Task<object?> PublishedFiguresAsync(IResolveFieldContext c) => await c.Service<AnnualReports>().PublishedFiguresAsync(Year(c), c.CancellationToken);

    private static FinancialYear Year(IResolveFieldContext c) => YearText.Parse(c.GetArgument<string>("financialYear"), "financialYear");
}
