using Safeguarding.Funding.Years;

namespace Safeguarding.Funding.Statements;

public sealed class FundingYearGraphType : ObjectGraphType<FundingYear>
{
    public FundingYearGraphType()
    {
        Name = "FundingYear";
        Field(x => x.Label, type: typeof(NonNullGraphType<FinancialYearGraphType>));
        Field(x => x.StartsOn);
        Field(x => x.EndsOn);
        Field<NonNullGraphType<EnumerationGraphType<YearStatus>>>("status").Resolve(c => c.Source.Status);
        Field(x => x.OpeningReserve);
    }
}
