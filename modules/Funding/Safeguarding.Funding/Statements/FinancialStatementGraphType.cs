namespace Safeguarding.Funding.Statements;

public sealed class FinancialStatementGraphType : RecordGraphType<FinancialStatement>
{
    public FinancialStatementGraphType() : base("FinancialStatement",
        "A financial year's statement: income by source, expenditure by heading, surplus and reserves. Computed from the recorded lines.")
    {
        ShownAs<FinancialYearGraphType>(x => x.Year);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContributionShareGraphType>>>>("contributionShares")
            .Description("Statutory partners, other partners and grants, each with its share of income.")
            .Resolve(c => c.Source.ContributionShares());
        Field<NonNullGraphType<StringGraphType>>("csv").Description("The statement as CSV text.").Resolve(c => c.Source.ToCsv());
    }
}
