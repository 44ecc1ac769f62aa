using GraphQL.Types;

namespace Safeguarding.DomesticAbuse.Calendar;

public sealed class SchoolHolidayPeriodGraphType : ObjectGraphType<SchoolHolidayPeriod>
{
    public SchoolHolidayPeriodGraphType()
    {
        Name = "SchoolHolidayPeriod";
        Description = "A school holiday, first and last day included: no Operation Encompass deadline falls in it for the schools it is for.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<IdGraphType>("settingId").Description("The setting whose holiday it is; null for all the city's schools.").Resolve(c => c.Source.SettingId);
        Field(x => x.FirstDay);
        Field(x => x.LastDay);
        Field(x => x.Name);
    }
}
