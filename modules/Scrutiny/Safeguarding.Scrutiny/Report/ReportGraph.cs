using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Scrutiny.Measures;
using Safeguarding.Scrutiny.Persistence;
using Safeguarding.SharedKernel.Features;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Modules;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Scrutiny.Report;

public sealed class AnnualReportGraphType : ObjectGraphType<AnnualReportView>
{
    public AnnualReportGraphType()
    {
        Name = "AnnualReport";
        Description = "The data sections of the annual report for a financial year, as one printable HTML page.";
        Field(x => x.FinancialYear);
        Field(x => x.GeneratedAt);
        Field(x => x.Html).Description("A complete HTML document with print styles; every recorded value is encoded.");
    }
}

public sealed class FigureUnitGraphType : EnumerationGraphType<FigureUnit> { public FigureUnitGraphType() => Name = "PublishedFigureUnit"; }

public sealed class PublishedFigureGraphType : ObjectGraphType<PublishedFigure>
{
    public PublishedFigureGraphType()
    {
        Name = "PublishedFigure";
        Description = "A figure the partnership published for a year, with its source.";
        Field(x => x.Year);
        Field(x => x.Section);
        Field(x => x.Measure);
        Field(x => x.Value);
        Field<NonNullGraphType<FigureUnitGraphType>>("unit").Resolve(c => c.Source.Unit);
        Field(x => x.Source);
    }
}

internal static class ReportGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<AnnualReportGraphType>>("annualReport")
            .Description("Generates the annual report's data sections for a financial year (e.g. 2023/24 or 2023-24).")
            .Argument<NonNullGraphType<StringGraphType>>("financialYear")
            .Allow(ScorecardGraph.Readers)
            .ResolveAsync(async c =>
            {
                var year = Year(c);
                return await AnnualReport.BuildAsync(c.Service<ScrutinyDbContext>(), c.Service<ModuleCatalog>(), c.Service<IModuleSwitch>(), year,
                    c.Service<TimeProvider>().GetUtcNow(), c.CancellationToken);
            });

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PublishedFigureGraphType>>>>("publishedFigures")
            .Description("Figures the partnership published for a year (its annual report's measures).")
            .Argument<NonNullGraphType<StringGraphType>>("financialYear")
            .Allow(ScorecardGraph.Readers)
            .ResolveAsync(async c =>
            {
                var year = Year(c).Label;
                return await c.Service<ScrutinyDbContext>().PublishedFigures.AsNoTracking().Where(f => f.Year == year)
                    .OrderBy(f => f.Section).ThenBy(f => f.Measure).ToListAsync(c.CancellationToken);
            });
    }

    private static FinancialYear Year(IResolveFieldContext c) =>
        YearText.TryParse(c.GetArgument<string>("financialYear"), out var year)
            ? year
            : throw PartnershipError.Invalid("financialYear", "The financial year must look like 2023/24.");
}
