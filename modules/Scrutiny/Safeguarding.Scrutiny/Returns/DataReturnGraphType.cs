namespace Safeguarding.Scrutiny.Returns;

public sealed class DataReturnGraphType : RecordGraphType<DataReturnView>
{
    public DataReturnGraphType() : base("DataReturn", "A figure an agency supplied for a measure and quarter.")
    {
        ShownAs<FinancialQuarterGraphType>(x => x.Quarter);
    }
}
