namespace Safeguarding.DomesticAbuse.Calendar;

public sealed class SchoolHolidayPeriodInputType : RecordInputGraphType<SchoolHolidayPeriodInput>
{
    public SchoolHolidayPeriodInputType() : base("SchoolHolidayPeriodInput")
    {
        Describe(x => x.FirstDay, "The first day without school.");
        Describe(x => x.LastDay, "The last day without school (the same day for a single INSET day); at most 13 weeks after the first.");
        Describe(x => x.Name, "e.g. \"October half term\".");
    }
}
