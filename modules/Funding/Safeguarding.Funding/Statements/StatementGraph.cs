using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Funding.Persistence;
using Safeguarding.Funding.Years;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.Funding.Statements;

public sealed class FinancialStatementGraphType : ObjectGraphType<FinancialStatement>
{
    public FinancialStatementGraphType()
    {
        Name = "FinancialStatement";
        Description = "A financial year's statement: income by source, expenditure by heading, surplus and reserves. Computed from the recorded lines.";
        Field(x => x.Year);
        Field(x => x.StartsOn);
        Field(x => x.EndsOn);
        Field<NonNullGraphType<EnumerationGraphType<YearStatus>>>("status").Resolve(c => c.Source.Status);
        Field(x => x.OpeningReserve);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncomeSourceGraphType>>>>("income").Resolve(c => c.Source.Income);
        Field(x => x.TotalIncome);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExpenditureHeadingGraphType>>>>("expenditure").Resolve(c => c.Source.Expenditure);
        Field(x => x.TotalExpenditure);
        Field(x => x.Surplus).Description("Income less expenditure (negative for a deficit).");
        Field(x => x.ClosingReserve);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetVarianceGraphType>>>>("budget").Resolve(c => c.Source.Budget);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContributionShareGraphType>>>>("contributionShares")
            .Description("Statutory partners, other partners and grants, each with its share of income.")
            .Resolve(c => c.Source.ContributionShares());
        Field<NonNullGraphType<StringGraphType>>("csv").Description("The statement as CSV text.").Resolve(c => c.Source.ToCsv());
    }
}

public sealed class IncomeSourceGraphType : ObjectGraphType<IncomeSource>
{
    public IncomeSourceGraphType()
    {
        Name = "IncomeSource";
        Field(x => x.Source);
        Field<IdGraphType>("partnerId").Resolve(c => c.Source.PartnerId);
        Field(x => x.IsStatutoryPartner);
        Field(x => x.IsGrant);
        Field(x => x.Amount);
        Field(x => x.SharePercent);
    }
}

public sealed class ExpenditureHeadingGraphType : ObjectGraphType<ExpenditureHeading>
{
    public ExpenditureHeadingGraphType()
    {
        Name = "ExpenditureHeading";
        Field(x => x.Category);
        Field(x => x.Amount);
        Field(x => x.SharePercent);
    }
}

public sealed class BudgetVarianceGraphType : ObjectGraphType<BudgetVariance>
{
    public BudgetVarianceGraphType()
    {
        Name = "BudgetVariance";
        Field<NonNullGraphType<EnumerationGraphType<BudgetKind>>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.Heading);
        Field(x => x.Budgeted);
        Field(x => x.Actual);
        Field(x => x.Variance).Description("Actual less budgeted.");
    }
}

public sealed class ContributionShareGraphType : ObjectGraphType<ContributionShare>
{
    public ContributionShareGraphType()
    {
        Name = "ContributionShare";
        Field(x => x.Group);
        Field(x => x.Amount);
        Field(x => x.SharePercent);
    }
}

public sealed class FigureChangeGraphType : ObjectGraphType<FigureChange>
{
    public FigureChangeGraphType()
    {
        Name = "FigureChange";
        Field(x => x.Measure);
        Field(x => x.From);
        Field(x => x.To);
        Field(x => x.Change);
        Field(x => x.ChangePercent, nullable: true);
    }
}

public sealed class FinancialYearSummaryGraphType : ObjectGraphType<FinancialYear>
{
    public FinancialYearSummaryGraphType()
    {
        Name = "FinancialYear";
        Field(x => x.Label);
        Field(x => x.StartsOn);
        Field(x => x.EndsOn);
        Field<NonNullGraphType<EnumerationGraphType<YearStatus>>>("status").Resolve(c => c.Source.Status);
        Field(x => x.OpeningReserve);
    }
}

internal static class StatementGraph
{
    private const Access Readers = Access.AnySignedIn; // no personal data: partners and the scrutineer read statements

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FinancialYearSummaryGraphType>>>>("financialYears")
            .Description("The partnership's financial years, newest first.")
            .Allow(Readers)
            .ResolveAsync(async c => (object?)(await c.Service<FundingDbContext>().Years.AsNoTracking().ToListAsync(c.CancellationToken))
                .OrderByDescending(y => y.StartsOn).ToList());

        slice.Query.Field<NonNullGraphType<FinancialStatementGraphType>>("financialStatement")
            .Description("A year's statement, e.g. year: \"2023/24\".")
            .Argument<NonNullGraphType<StringGraphType>>("year")
            .Allow(Readers)
            .ResolveAsync(async c => (object?)FinancialStatement.Of(await FundingGraph.YearOrThrowAsync(c, c.GetArgument<string>("year"))));

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FigureChangeGraphType>>>>("financialComparison")
            .Description("Year-on-year change of the headline figures between two years.")
            .Argument<NonNullGraphType<StringGraphType>>("from")
            .Argument<NonNullGraphType<StringGraphType>>("to")
            .Allow(Readers)
            .ResolveAsync(async c =>
            {
                var from = FinancialStatement.Of(await FundingGraph.YearOrThrowAsync(c, c.GetArgument<string>("from"), "from"));
                var to = FinancialStatement.Of(await FundingGraph.YearOrThrowAsync(c, c.GetArgument<string>("to"), "to"));
                return FinancialStatement.Compare(from, to);
            });
    }
}
