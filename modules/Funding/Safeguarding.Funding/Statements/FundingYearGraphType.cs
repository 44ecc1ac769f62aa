using Safeguarding.Funding.Years;

namespace Safeguarding.Funding.Statements;

public sealed class FundingYearGraphType : ObjectGraphType<FundingYear>
{
    public FundingYearGraphType()
    {
        Name = "FundingYear";
        Description = "A financial year of the partnership's budget: its dates, whether it is open or closed, and the reserve it opened with.";
        Field(x => x.Label, type: typeof(NonNullGraphType<FinancialYearGraphType>)).Description("The financial year, e.g. \"2024/25\".");
        Field(x => x.StartsOn).Description("The year's first day, 1 April.");
        Field(x => x.EndsOn).Description("The year's last day, 31 March.");
        Field<NonNullGraphType<EnumerationGraphType<YearStatus>>>("status").Description("Whether the year is open or closed: a closed year's figures are final.").Resolve(c => c.Source.Status);
        Field(x => x.OpeningReserve).Description("The reserve the year opened with, in pounds.");
    }
}
