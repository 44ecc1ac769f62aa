using GraphQL.Types;
using Safeguarding.Funding.Years;

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
