namespace Safeguarding.DomesticAbuse.Calendar;

/// <summary>School holidays (term dates) for Operation Encompass deadlines: read by anyone signed in, kept by administrators and the working group.</summary>
internal static class SchoolHolidayGraph
{

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ConnectionGraphType<SchoolHolidayPeriodGraphType>>>("schoolHolidayPeriods")
            .Description("School holidays by first day, the earliest first, a page at a time. With settingId, those the setting's pupils have: all the city's schools' and its own. " +
                         "from and to keep those overlapping that period. Anyone signed in.")
            .Argument<IdGraphType>("settingId", "The setting whose pupils' holidays to list, by its id; left out, every holiday.").Argument<DateOnlyGraphType>("from", "Only holidays that end on or after this UK day.").Argument<DateOnlyGraphType>("to", "Only holidays that start on or before this UK day.").Paged()
            .Allow(Access.AnySignedIn).HandledBy(ListAsync);

        slice.Mutation.Field<NonNullGraphType<SchoolHolidayPeriodGraphType>>("recordSchoolHolidayPeriod")
            .Description("Records a school holiday for one setting, or for all the city's schools when settingId is left out. It may not overlap another holiday " +
                         "of the same schools (CONFLICT). Notifications sent from then on skip it. Administrators and the Domestic Abuse working group; audited.")
            .Argument<IdGraphType>("settingId", "The setting the holiday is for, by its id; left out, the holiday is for all the city's schools.").Input<SchoolHolidayPeriodInputType>()
            .Allow(Audiences.WorkingGroupAndAdministrators).HandledBy(RecordAsync);

        slice.Mutation.Field<NonNullGraphType<SchoolHolidayPeriodGraphType>>("changeSchoolHolidayPeriod")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The school holiday to change, by its id.").Input<SchoolHolidayPeriodInputType>()
            .Allow(Audiences.WorkingGroupAndAdministrators).HandledBy(ChangeAsync);

        slice.Mutation.Field<NonNullGraphType<SchoolHolidayPeriodGraphType>>("removeSchoolHolidayPeriod")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The school holiday to remove, by its id.")
            .Allow(Audiences.WorkingGroupAndAdministrators).HandledBy(RemoveAsync);
    }

    private static async Task<object?> ListAsync(IResolveFieldContext c) =>
        await Holidays(c).ListAsync(c.GetArgument<string?>("settingId"), c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"), c.PageAsked(), c.CancellationToken);

    private static async Task<object?> RecordAsync(IResolveFieldContext c)
    {
        var input = c.GetArgument<SchoolHolidayPeriodInput>("input");
        var settingText = c.GetArgument<string?>("settingId");
        Guid? settingId = settingText is null ? null : InputCheck.Id(settingText, "settingId", "The setting");
        return await Holidays(c).RecordAsync(settingId, input.FirstDay, input.LastDay, input.Name, c.User!.Actor(), c.CancellationToken);
    }

    /// <summary>
    /// Changes a school holiday's dates or name (not the schools it is for). Deadlines already given stay as they are.
    /// Administrators and the Domestic Abuse working group; audited.
    /// </summary>
    private static async Task<object?> ChangeAsync(IResolveFieldContext c)
    {
        var id = InputCheck.Id(c.GetArgument<string>("id"), "id", "The school holiday");
        var input = c.GetArgument<SchoolHolidayPeriodInput>("input");
        return await Holidays(c).ChangeAsync(id, input.FirstDay, input.LastDay, input.Name, c.User!.Actor(), c.CancellationToken);
    }

    /// <summary>Removes a school holiday. Administrators and the Domestic Abuse working group; audited.</summary>
    private static async Task<object?> RemoveAsync(IResolveFieldContext c) =>
        await Holidays(c).RemoveAsync(InputCheck.Id(c.GetArgument<string>("id"), "id", "The school holiday"), c.User!.Actor(), c.CancellationToken);

    private static SchoolHolidayPeriods Holidays(IResolveFieldContext c) => c.Service<SchoolHolidayPeriods>();
}
