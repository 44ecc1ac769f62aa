using GraphQL.Types;

namespace Safeguarding.DomesticAbuse.Calendar;

public sealed class SchoolHolidayPeriodInputType : InputObjectGraphType<SchoolHolidayPeriodInput>
{
    public SchoolHolidayPeriodInputType()
    {
        Name = "SchoolHolidayPeriodInput";
        Field(x => x.FirstDay).Description("The first day without school.");
        Field(x => x.LastDay).Description("The last day without school (the same day for a single INSET day); at most 13 weeks after the first.");
        Field(x => x.Name).Description("e.g. \"October half term\".");
    }
}
