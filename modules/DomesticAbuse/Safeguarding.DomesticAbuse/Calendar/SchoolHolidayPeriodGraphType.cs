namespace Safeguarding.DomesticAbuse.Calendar;

public sealed class SchoolHolidayPeriodGraphType : RecordGraphType<SchoolHolidayPeriod>
{
    public SchoolHolidayPeriodGraphType() : base("SchoolHolidayPeriod",
        "A school holiday, first and last day included: no Operation Encompass deadline falls in it for the schools it is for.", x => x.RecordedBy, x => x.RecordedAt)
    {
        Describe(x => x.SettingId, "The setting whose holiday it is; null for all the city's schools.");
    }
}
