using Safeguarding.SharedKernel.Persistence;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Calendar;

/// <summary>Several host instances on one PostgreSQL database agree on the bank holidays, as they do on the module switches.</summary>
public sealed class BankHolidayInstancesTests
{
    private const string Year2031 = "{ bankHolidays(fromYear: 2031, toYear: 2031) { date } }";

    private static async Task<bool> HasDayAsync(PartnershipHost host) =>
        (await host.As("nina.neglect").SendAsync(Year2031)).AssertOk().Data!["bankHolidays"]!.AsArray()
            .Any(d => d!["date"]!.GetValue<string>() == "2031-06-06");

    [PostgresFact]
    public async Task A_one_off_day_added_on_one_instance_counts_on_the_other_once_its_short_cache_expires()
    {
        using var first = new PartnershipHost(provider: DatabaseProvider.PostgreSql);
        _ = first.Services; // migrations and seed run once, before the second instance starts
        using var second = first.SecondInstance();
        Assert.False(await HasDayAsync(second)); // the second instance has read the calendar and holds it

        (await first.As("alex.admin").SendAsync("mutation($i: OneOffBankHolidayInput!) { addOneOffBankHoliday(input: $i) { date } }",
            new { i = new { date = "2031-06-06", name = "Example one-off bank holiday" } })).AssertOk();
        Assert.True(await HasDayAsync(first), "The instance that added the day counts it at once.");
        await PartnershipHost.EventuallyAsync("the other instance to read the new day once its cached copy is older than PlatformBankHolidayCalendar.CacheFor",
            () => HasDayAsync(second), counted => counted);
    }
}
