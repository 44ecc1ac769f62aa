using Safeguarding.Funding.Years;

namespace Safeguarding.Funding.Statements;

public sealed class FinancialYearSummaryGraphType : ObjectGraphType<FundingYear>
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
