namespace Safeguarding.DomesticAbuse.Calendar;

public sealed class SchoolHolidayPeriodInputType : RecordInputGraphType<SchoolHolidayPeriodInput>
{
    public SchoolHolidayPeriodInputType() : base("SchoolHolidayPeriodInput")
    {
        Required(x => x.Name);
    }
}
