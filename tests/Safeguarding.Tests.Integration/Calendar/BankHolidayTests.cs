using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Host.Platform;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Calendar;

/// <summary>
/// The bank holiday calendar beyond 2027 through the running host: computed for any year, one-off days kept by
/// administrators, and every working-day deadline (rapid reviews, escalation stages) counted with them. The host stands
/// on Monday 20 December 2027, past the end of the bank holiday data embedded before.
/// </summary>
public sealed class BankHolidayTests : IClassFixture<BankHolidayTests.Host>
{
    public sealed class Host : IDisposable
    {
        public PartnershipHost Partnership { get; } = new() { Clock = new ShiftedClock(new DateTimeOffset(2027, 12, 20, 12, 0, 0, TimeSpan.Zero)) };
        public void Dispose() => Partnership.Dispose();
    }

    private readonly PartnershipHost _host;
    public BankHolidayTests(Host host) => _host = host.Partnership;

    private const string Add = "mutation($i: OneOffBankHolidayInput!) { addOneOffBankHoliday(input: $i) { date name oneOff replaces } }";
    private const string Remove = "mutation($d: DateOnly!) { removeOneOffBankHoliday(date: $d) { date name } }";
    private const string List = "query($f: Int!, $t: Int!) { bankHolidays(fromYear: $f, toYear: $t) { date name oneOff replaces } }";
    private const string OpenReview = "mutation($i: OpenRapidReviewInput!) { openRapidReview(input: $i) { id notifiedOn deadlineOn workingDaysLeft } }";
    private const string Review = "{ learningReviews(kind: RAPID_REVIEW) { nodes { id deadlineOn workingDaysLeft } } }";

    /// <summary>The one-off days as stored: equal before and after a refused request.</summary>
    private Task<string> FingerprintAsync() => _host.ScopedAsync(async sp =>
        string.Join("|", (await sp.GetRequiredService<PlatformDbContext>().OneOffBankHolidays.AsNoTracking().ToListAsync())
            .OrderBy(d => d.Date).Select(d => $"{d.Date:yyyy-MM-dd} {d.Name} {d.Replaces}")));

    private async Task<JsonNode> OpenReviewAsync(string notifiedOn) =>
        (await _host.As("gina.governance").SendAsync(OpenReview, new { i = new { reference = "RR " + Guid.NewGuid().ToString("N")[..8], notifiedOn } }))
            .AssertOk().Data!["openRapidReview"]!;

    private async Task<JsonArray> BankHolidaysAsync(string user, int fromYear, int toYear) =>
        (await _host.As(user).SendAsync(List, new { f = fromYear, t = toYear })).AssertOk().Data!["bankHolidays"]!.AsArray();

    private async Task<int?> WorkingDaysLeftAsync(string reviewId) =>
        (await _host.As("gina.governance").SendAsync(Review)).AssertOk().Data!["learningReviews"]!["nodes"]!.AsArray()
            .Single(r => r!["id"]!.GetValue<string>() == reviewId)!["workingDaysLeft"]?.GetValue<int>();

    [Fact]
    public async Task A_review_notified_in_December_2027_is_due_in_2028_and_a_one_off_day_an_administrator_adds_moves_the_deadline()
    {
        // Friday 10 December 2027 + 15 working days: 27 and 28 Dec 2027 are substitute days and New Year's Day 2028 falls
        // on a Saturday, so Monday 3 January 2028 is one too: Wednesday 5 January 2028.
        var before = await OpenReviewAsync("2027-12-10");
        Assert.Equal("2028-01-05", before["deadlineOn"]!.GetValue<string>());
        Assert.Equal(9, before["workingDaysLeft"]!.GetValue<int>()); // from Monday 20 December 2027
        var reviewId = before["id"]!.GetValue<string>();

        var added = (await _host.As("alex.admin").SendAsync(Add, new { i = new { date = "2027-12-29", name = "Example one-off bank holiday" } }))
            .AssertOk().Data!["addOneOffBankHoliday"]!;
        Assert.Equal("2027-12-29", added["date"]!.GetValue<string>());
        Assert.True(added["oneOff"]!.GetValue<bool>());

        // A review opened now counts the new day: a working day later. The earlier review keeps the deadline it was given,
        // and its working days left are counted with the new day.
        Assert.Equal("2028-01-06", (await OpenReviewAsync("2027-12-10"))["deadlineOn"]!.GetValue<string>());
        Assert.Equal(8, await WorkingDaysLeftAsync(reviewId));

        // Anyone signed in reads the calendar: the one-off day beside the days the rules give.
        var days = await BankHolidaysAsync("nina.neglect", 2027, 2028);
        Assert.Contains(days, d => d!["date"]!.GetValue<string>() == "2027-12-29" && d["oneOff"]!.GetValue<bool>());
        Assert.Contains(days, d => d!["date"]!.GetValue<string>() == "2028-01-03" && d["name"]!.GetValue<string>() == "New Year's Day (substitute day)" && !d["oneOff"]!.GetValue<bool>());
        Assert.Equal(8 + 1, days.Count(d => d!["date"]!.GetValue<string>().StartsWith("2027-", StringComparison.Ordinal)));

        var audit = (await _host.As("alex.admin").SendAsync("{ auditLog(action: \"calendar.bank-holiday.added\") { nodes { actor detail } } }")).AssertOk().Data!["auditLog"]!["nodes"]!.AsArray();
        Assert.Contains(audit, a => a!["actor"]!.GetValue<string>() == "alex.admin" && a["detail"]!.GetValue<string>().StartsWith("2027-12-29", StringComparison.Ordinal));

        // Removed, the day counts no more; removed twice, there is nothing to remove.
        (await _host.As("alex.admin").SendAsync(Remove, new { d = "2027-12-29" })).AssertOk();
        (await _host.As("alex.admin").SendAsync(Remove, new { d = "2027-12-29" })).AssertError("NOT_FOUND");
        Assert.Equal("2028-01-05", (await OpenReviewAsync("2027-12-10"))["deadlineOn"]!.GetValue<string>());
        Assert.Equal(9, await WorkingDaysLeftAsync(reviewId));

        // Escalation stages too: raised on Friday 17 December 2027 (5 working days: Friday 24 December), escalated twice on
        // Monday 20 December to the senior manager stage (10 working days, over the Christmas and New Year substitute days).
        var partners = (await _host.As("alex.admin").SendAsync("{ partners { id name } }")).AssertOk().Data!["partners"]!.AsArray()
            .ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["id"]!.GetValue<string>());
        var gina = _host.As("gina.governance");
        var raised = (await gina.SendAsync("mutation($i: RaiseProfessionalDisagreementInput!) { raiseProfessionalDisagreement(input: $i) { id stageDueOn } }",
            new { i = new { raisedByPartnerId = partners["NSPCC"], againstPartnerId = partners["Plymouth City Council"], summary = "Threshold for a strategy discussion", raisedOn = "2027-12-17" } }))
            .AssertOk().Data!["raiseProfessionalDisagreement"]!;
        Assert.Equal("2027-12-24", raised["stageDueOn"]!.GetValue<string>());
        const string Escalate = "mutation($i: MoveProfessionalDisagreementInput!) { escalateProfessionalDisagreement(input: $i) { stage stageDueOn } }";
        var disagreement = raised["id"]!.GetValue<string>();
        (await gina.SendAsync(Escalate, new { i = new { disagreementId = disagreement, note = "Practitioners could not agree.", on = "2027-12-20" } })).AssertOk();
        var senior = (await gina.SendAsync(Escalate, new { i = new { disagreementId = disagreement, note = "Managers could not agree.", on = "2027-12-20" } }))
            .AssertOk().Data!["escalateProfessionalDisagreement"]!;
        Assert.Equal("SENIOR_MANAGER", senior["stage"]!.GetValue<string>());
        Assert.Equal("2028-01-06", senior["stageDueOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_published_one_off_days_are_there_from_the_first_start_without_demo_data()
    {
        using var bare = new PartnershipHost(settings: new Dictionary<string, string?> { ["DemoData:SeedWhenEmpty"] = "false" });
        var days = (await bare.As("sam.scrutineer").SendAsync(List, new { f = 2022, t = 2023 })).AssertOk().Data!["bankHolidays"]!.AsArray()
            .Select(d => d!["date"]!.GetValue<string>()).ToList();
        Assert.Equal(["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27",
            "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"], days);
    }

    [Fact]
    public async Task Only_administrators_add_a_one_off_day_and_a_duplicate_or_a_bad_day_writes_nothing()
    {
        var fingerprint = FingerprintAsync;
        var example = new { i = new { date = "2028-06-02", name = "Example one-off bank holiday" } };
        foreach (var user in new[] { "gina.governance", "dana.domesticabuse", "kim.keyadult", "sam.scrutineer" })
            await _host.AssertRejectedAsync(fingerprint, user, Add, example, "FORBIDDEN");
        await _host.AssertRejectedAsync(fingerprint, "gina.governance", Remove, new { d = "2023-05-08" }, "FORBIDDEN");

        (await _host.As("alex.admin").SendAsync(Add, example)).AssertOk();
        await _host.AssertRejectedAsync(fingerprint, "alex.admin", Add, example, "CONFLICT");
        await _host.AssertRejectedAsync(fingerprint, "alex.admin", Add, new { i = new { date = "2028-12-25", name = "Christmas again" } }, "CONFLICT");
        var moved = (await _host.As("alex.admin").SendAsync(Add, new { i = new { date = "2028-05-05", name = "Early May bank holiday (moved)", replaces = "2028-05-01" } }))
            .AssertOk().Data!["addOneOffBankHoliday"]!;
        Assert.Equal("2028-05-01", moved["replaces"]!.GetValue<string>());
        await _host.AssertRejectedAsync(fingerprint, "alex.admin", Add, new { i = new { date = "2028-05-08", name = "Moved twice", replaces = "2028-05-01" } }, "CONFLICT");
        var may = (await BankHolidaysAsync("alex.admin", 2028, 2028)).Select(d => d!["date"]!.GetValue<string>()).ToList();
        Assert.DoesNotContain("2028-05-01", may);
        Assert.Contains("2028-05-05", may);

        await _host.AssertRejectedAsync(fingerprint, "alex.admin", Add, new { i = new { date = "2028-06-03", name = "A Saturday" } }, "VALIDATION", "date");
        await _host.AssertRejectedAsync(fingerprint, "alex.admin", Add, new { i = new { date = "2028-06-06", name = "  " } }, "VALIDATION", "name");
        await _host.AssertRejectedAsync(fingerprint, "alex.admin", Add, new { i = new { date = "9999-12-31", name = "The end" } }, "VALIDATION", "date");
        await _host.AssertRejectedAsync(fingerprint, "alex.admin", Add, new { i = new { date = "0001-01-01", name = "The start" } }, "VALIDATION", "date");
        await _host.AssertRejectedAsync(fingerprint, "alex.admin", Add, new { i = new { date = "2028-06-06", name = "Moves nothing", replaces = "2028-06-07" } }, "VALIDATION", "replaces");
        await _host.AssertRejectedAsync(fingerprint, "alex.admin", Add, new { i = new { date = "2028-06-06", name = "Moves nothing", replaces = "9999-12-31" } }, "VALIDATION", "replaces");
        await _host.AssertRejectedAsync(fingerprint, "alex.admin", Remove, new { d = "9999-12-31" }, "VALIDATION", "date");
        await _host.AssertRejectedAsync(fingerprint, "alex.admin", Remove, new { d = "2028-12-25" }, "NOT_FOUND");

        async Task Refused(int fromYear, int toYear, string field)
        {
            var r = (await _host.As("nina.neglect").SendAsync(List, new { f = fromYear, t = toYear })).AssertError("VALIDATION");
            Assert.Contains(field, r.Errors![0]!["extensions"]!["problems"]!.AsArray().Select(p => p!["field"]!.GetValue<string>()));
        }
        await Refused(int.MinValue, int.MaxValue, "fromYear");
        await Refused(int.MinValue, int.MaxValue, "toYear");
        await Refused(2030, 2029, "toYear");
        await Refused(1995, 2099, "toYear");
        await Refused(1994, 2000, "fromYear");
        // 25 years at most: eight days a year, and the royal wedding (2011), the Diamond Jubilee (2012), the Platinum Jubilee and
        // the State Funeral (2022) and the coronation (2023); the moved spring and May days take the place of theirs.
        Assert.Equal(25 * 8 + 5, (await BankHolidaysAsync("nina.neglect", 2003, 2027)).Count);
    }

    [Fact]
    public async Task Eight_administrators_adding_the_same_day_or_moving_the_same_day_at_once_store_one()
    {
        var admin = Enumerable.Range(0, 8).Select(_ => _host.As("alex.admin")).ToList();
        var same = await Task.WhenAll(admin.Select(a => a.SendAsync(Add, new { i = new { date = "2029-06-01", name = "Example one-off bank holiday" } })));
        Assert.Equal(1, same.Count(r => r.Errors is null));
        Assert.All(same.Where(r => r.Errors is not null), r => r.AssertError("CONFLICT"));

        string[] targets = ["2029-06-04", "2029-06-05", "2029-06-06", "2029-06-07", "2029-06-08", "2029-06-11", "2029-06-12", "2029-06-13"];
        var moves = await Task.WhenAll(admin.Zip(targets).Select(x => x.First.SendAsync(Add, new { i = new { date = x.Second, name = "Spring bank holiday (moved)", replaces = "2029-05-28" } })));
        Assert.Equal(1, moves.Count(r => r.Errors is null));
        Assert.All(moves.Where(r => r.Errors is not null), r => r.AssertError("CONFLICT"));

        var days = (await BankHolidaysAsync("alex.admin", 2029, 2029)).Select(d => d!["date"]!.GetValue<string>()).ToList();
        Assert.Single(days, d => d == "2029-06-01");
        Assert.Single(days, d => targets.Contains(d));
        Assert.DoesNotContain("2029-05-28", days);
    }
}
