namespace Safeguarding.Host.GraphQL;

public sealed class OneOffBankHolidayInputType : RecordInputGraphType<OneOffBankHolidayInput>
{
    public OneOffBankHolidayInputType() : base("OneOffBankHolidayInput")
    {
        Describe(x => x.Date, "A weekday that is not already a bank holiday.");
        Describe(x => x.Name, "As proclaimed, e.g. \"Bank holiday for the coronation of King Charles III\".");
        Describe(x => x.Replaces, "When the day moves a bank holiday of the rules (as the early May bank holiday moved to 8 May in 2020): the day it replaces.");
    }
}
