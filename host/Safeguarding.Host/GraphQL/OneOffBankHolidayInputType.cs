namespace Safeguarding.Host.GraphQL;

public sealed class OneOffBankHolidayInputType : RecordInputGraphType<OneOffBankHolidayInput>
{
    public OneOffBankHolidayInputType() : base("OneOffBankHolidayInput")
    {
        Required(x => x.Name);
    }
}
