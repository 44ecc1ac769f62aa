namespace Safeguarding.Host.GraphQL;

public sealed class BankHolidayGraphType : RecordGraphType<BankHoliday>
{
    public BankHolidayGraphType() : base("BankHoliday", "A bank holiday in England and Wales: given by the rules, or a one-off day administrators keep as reference data.")
    {
        Describe(x => x.OneOff, "True for a one-off or moved day (reference data); false for a day the rules give, substitute days included.");
        Describe(x => x.Replaces, "For a one-off day that moves a day of the rules: the day it replaces, which is then not a holiday.");
    }
}
