namespace Safeguarding.DomesticAbuse.Calendar;

public sealed class SchoolHolidayPeriodInputType() : RecordInputGraphType<SchoolHolidayPeriodInput>("SchoolHolidayPeriodInput");
