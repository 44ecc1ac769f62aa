using GraphQL.Types;

namespace Safeguarding.Host.GraphQL;

public sealed class OneOffBankHolidayInputType : InputObjectGraphType<OneOffBankHolidayInput>
{
    public OneOffBankHolidayInputType()
    {
        Name = "OneOffBankHolidayInput";
        Field(x => x.Date).Description("A weekday that is not already a bank holiday.");
        Field(x => x.Name).Description("As proclaimed, e.g. \"Bank holiday for the coronation of King Charles III\".");
        Field(x => x.Replaces, nullable: true)
            .Description("When the day moves a bank holiday of the rules (as the early May bank holiday moved to 8 May in 2020): the day it replaces.");
    }
}
