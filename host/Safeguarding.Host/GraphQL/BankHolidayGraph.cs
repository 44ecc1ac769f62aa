namespace Safeguarding.Host.GraphQL;

/// <summary>The bank holiday calendar every module counts working and school days with: read by anyone, kept by administrators.</summary>
internal static class BankHolidayGraph
{
    /// <summary>Years per request: enough for any screen, small enough that the answer stays a few hundred days.</summary>
    public const int MaxYears = 25;

    public static void Contribute(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BankHolidayGraphType>>>>("bankHolidays")
            .Description($"England and Wales bank holidays from 1 January of fromYear to 31 December of toYear (at most {MaxYears} years, " +
                         $"{BankHolidays.FirstYear} to {BankHolidays.LastYear}), in date order: the days the rules give and the one-off days. Anyone signed in.")
            .Argument<NonNullGraphType<IntGraphType>>("fromYear", "The first calendar year listed, e.g. 2025.")
            .Argument<NonNullGraphType<IntGraphType>>("toYear", "The last calendar year listed, at or after fromYear.")
            .Allow(Access.AnySignedIn)
            .ResolveAsync(BankHolidaysAsync);

        mutation.Field<NonNullGraphType<BankHolidayGraphType>>("addOneOffBankHoliday")
            .Argument<NonNullGraphType<OneOffBankHolidayInputType>>("input")
            .Allow(Access.Administrator)
            .HandledBy(AddOneOffBankHolidayAsync);

        mutation.Field<NonNullGraphType<BankHolidayGraphType>>("removeOneOffBankHoliday")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("date")
            .Allow(Access.Administrator)
            .HandledBy(RemoveOneOffBankHolidayAsync);
    }

    /// <summary>Adds a one-off bank holiday (a coronation, a jubilee), or moves a day of the rules to it; every deadline
    /// counted from now on skips it. Administrators only; audited.</summary>
    /// <arg name="input">The day, its name, and the day of the rules it replaces, if any.</arg>
    private static async Task<object?> AddOneOffBankHolidayAsync(IResolveFieldContext c)
    {
        var input = c.GetArgument<OneOffBankHolidayInput>("input");
        return await c.Service<BankHolidayReferenceData>().AddAsync(input.Date, input.Name, input.Replaces, c.User!.Actor(), c.CancellationToken);
    }

    /// <summary>Removes a one-off bank holiday (a day it moved is a holiday again). Deadlines already given stay as they
    /// are. Administrators only; audited.</summary>
    /// <arg name="date">The one-off bank holiday to remove.</arg>
    private static async Task<object?> RemoveOneOffBankHolidayAsync(IResolveFieldContext c) =>
        await c.Service<BankHolidayReferenceData>().RemoveAsync(c.GetArgument<DateOnly>("date"), c.User!.Actor(), c.CancellationToken);

    private static async Task<object?> BankHolidaysAsync(IResolveFieldContext c)
    {
        var fromYear = c.GetArgument<int>("fromYear");
        var toYear = c.GetArgument<int>("toYear");
        var range = $"between {BankHolidays.FirstYear} and {BankHolidays.LastYear}";
        new InputCheck()
            .Require(BankHolidays.CoversYear(fromYear), "fromYear", $"The first year must be {range}.")
            .Require(BankHolidays.CoversYear(toYear), "toYear", $"The last year must be {range}.")
            .Require(toYear >= fromYear, "toYear", "The last year cannot be before the first.")
            .Require((long)toYear - fromYear < MaxYears, "toYear", $"Ask for at most {MaxYears} years at a time.")
            .ThrowIfInvalid();
        var holidays = await c.Service<IBankHolidayCalendar>().CurrentAsync(c.CancellationToken);
        return holidays.InYears(fromYear, toYear);
    }
}
