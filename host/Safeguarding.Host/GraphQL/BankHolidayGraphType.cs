using GraphQL.Types;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Host.GraphQL;

public sealed class BankHolidayGraphType : ObjectGraphType<BankHoliday>
{
    public BankHolidayGraphType()
    {
        Name = "BankHoliday";
        Description = "A bank holiday in England and Wales: given by the rules, or a one-off day administrators keep as reference data.";
        Field(x => x.Date);
        Field(x => x.Name);
        Field(x => x.OneOff).Description("True for a one-off or moved day (reference data); false for a day the rules give, substitute days included.");
        Field(x => x.Replaces, nullable: true).Description("For a one-off day that moves a day of the rules: the day it replaces, which is then not a holiday.");
    }
}
