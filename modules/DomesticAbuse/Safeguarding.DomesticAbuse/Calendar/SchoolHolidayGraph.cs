using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.DomesticAbuse.Calendar;

/// <summary>School holidays (term dates) for Operation Encompass deadlines: read by anyone signed in, kept by administrators and the working group.</summary>
internal static class SchoolHolidayGraph
{
    public const int MaxListed = 500;
    private const Access Keepers = Access.Administrator | Access.WorkingGroupMember;

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SchoolHolidayPeriodGraphType>>>>("schoolHolidayPeriods").WithComplexityImpact(1, 10)
            .Description($"School holidays by first day (at most {MaxListed}). With settingId, those the setting's pupils have: all the city's schools' and its own. " +
                         "from and to keep those overlapping that period. Anyone signed in.")
            .Argument<IdGraphType>("settingId").Argument<DateOnlyGraphType>("from").Argument<DateOnlyGraphType>("to")
            .Allow(Access.AnySignedIn)
            .ResolveAsync(async c => await ListAsync(c));

        slice.Mutation.Field<NonNullGraphType<SchoolHolidayPeriodGraphType>>("recordSchoolHolidayPeriod")
            .Description("Records a school holiday for one setting, or for all the city's schools when settingId is left out. It may not overlap another holiday " +
                         "of the same schools (CONFLICT). Notifications sent from then on skip it. Administrators and the Domestic Abuse working group; audited.")
            .Argument<IdGraphType>("settingId")
            .Argument<NonNullGraphType<SchoolHolidayPeriodInputType>>("input")
            .Allow(Keepers)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SchoolHolidayPeriodInput>("input");
                var settingText = c.GetArgument<string?>("settingId");
                Guid? settingId = settingText is null ? null : InputCheck.Id(settingText, "settingId", "The setting");
                return await c.Service<SchoolHolidayPeriods>().RecordAsync(settingId, input.FirstDay, input.LastDay, input.Name, c.User!.Actor(), c.CancellationToken);
            });

        slice.Mutation.Field<NonNullGraphType<SchoolHolidayPeriodGraphType>>("changeSchoolHolidayPeriod")
            .Description("Changes a school holiday's dates or name (not the schools it is for). Deadlines already given stay as they are. Administrators and the Domestic Abuse working group; audited.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<SchoolHolidayPeriodInputType>>("input")
            .Allow(Keepers)
            .ResolveAsync(async c =>
            {
                var id = InputCheck.Id(c.GetArgument<string>("id"), "id", "The school holiday");
                var input = c.GetArgument<SchoolHolidayPeriodInput>("input");
                return await c.Service<SchoolHolidayPeriods>().ChangeAsync(id, input.FirstDay, input.LastDay, input.Name, c.User!.Actor(), c.CancellationToken);
            });

        slice.Mutation.Field<NonNullGraphType<SchoolHolidayPeriodGraphType>>("removeSchoolHolidayPeriod")
            .Description("Removes a school holiday. Administrators and the Domestic Abuse working group; audited.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Allow(Keepers)
            .ResolveAsync(async c =>
            {
                var id = InputCheck.Id(c.GetArgument<string>("id"), "id", "The school holiday");
                return await c.Service<SchoolHolidayPeriods>().RemoveAsync(id, c.User!.Actor(), c.CancellationToken);
            });
    }

    private static async Task<List<SchoolHolidayPeriod>> ListAsync(IResolveFieldContext c)
    {
        var check = new InputCheck();
        var settingText = c.GetArgument<string?>("settingId");
        Guid? settingId = settingText is null ? null : check.ParseId(settingText, "settingId", "The setting");
        var from = c.GetArgument<DateOnly?>("from");
        var to = c.GetArgument<DateOnly?>("to");
        check.Require(from is null || to is null || from <= to, "to", "The end of the period cannot be before its start.").ThrowIfInvalid();
        var query = c.Service<DomesticAbuseDbContext>().SchoolHolidayPeriods.AsNoTracking();
        if (settingId is { } id) query = query.Where(h => h.SettingId == null || h.SettingId == id);
        if (from is { } start) query = query.Where(h => h.LastDay >= start);
        if (to is { } end) query = query.Where(h => h.FirstDay <= end);
        return await query.OrderBy(h => h.FirstDay).ThenBy(h => h.SettingId).Take(MaxListed).ToListAsync(c.CancellationToken);
    }
}
