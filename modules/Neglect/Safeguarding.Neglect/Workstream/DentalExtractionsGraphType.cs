namespace Safeguarding.Neglect.Workstream;

public sealed class DentalExtractionsGraphType : RecordGraphType<DentalExtractions>
{
    public DentalExtractionsGraphType() : base("NeglectDentalExtractions",
        "Children who had teeth extracted in hospital because of decay, in a financial year.")
    {
        ShownAs<FinancialYearGraphType>(x => x.Year);
    }
}
