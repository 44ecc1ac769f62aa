using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.DomesticAbuse.Contracts;
using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Calendar;

/// <summary>
/// Term dates for Operation Encompass through the running host: school holidays kept per setting or for all the city's
/// schools, and each notification due at the start of the next school day of the child's own setting. The host stands
/// on Monday 11 January 2027.
/// </summary>
public sealed class SchoolHolidayTests : IClassFixture<SchoolHolidayTests.Host>
{
    public sealed class Host : IDisposable
    {
        public PartnershipHost Partnership { get; } = new() { Clock = new ShiftedClock(new DateTimeOffset(2027, 1, 11, 12, 0, 0, TimeSpan.Zero)) };
        public void Dispose() => Partnership.Dispose();
    }

    private readonly PartnershipHost _host;
    public SchoolHolidayTests(Host host) => _host = host.Partnership;

    private static readonly string Primary = DomesticAbuseDemoIds.ExamplePrimarySchool.ToString();
    private const string Secondary = "5e771a90-0000-4000-8000-00000000e002";

    private const string Record = "mutation($s: ID, $i: SchoolHolidayPeriodInput!) { recordSchoolHolidayPeriod(settingId: $s, input: $i) { id settingId firstDay lastDay name } }";
    private const string Change = "mutation($id: ID!, $i: SchoolHolidayPeriodInput!) { changeSchoolHolidayPeriod(id: $id, input: $i) { id firstDay lastDay name } }";
    private const string Remove = "mutation($id: ID!) { removeSchoolHolidayPeriod(id: $id) { id } }";
    private const string Periods = "query($s: ID, $f: DateOnly, $t: DateOnly) { schoolHolidayPeriods(settingId: $s, from: $f, to: $t) { nodes { id settingId firstDay lastDay name } } }";

    private GraphQLClient Dana => _host.As("dana.domesticabuse");

    /// <summary>The school holidays as stored: equal before and after a refused request.</summary>
    private Task<string> FingerprintAsync() => _host.ScopedAsync(async sp =>
        string.Join("|", (await sp.GetRequiredService<DomesticAbuseDbContext>().SchoolHolidayPeriods.AsNoTracking().ToListAsync())
            .OrderBy(h => h.Id).Select(h => $"{h.Id} {h.SettingId} {h.FirstDay} {h.LastDay} {h.Name}")));

    private async Task<string> RecordAsync(string user, string? settingId, string firstDay, string lastDay, string name) =>
        (await _host.As(user).SendAsync(Record, new { s = settingId, i = new { firstDay, lastDay, name } })).AssertOk().Data!["recordSchoolHolidayPeriod"]!["id"]!.GetValue<string>();

    private async Task<string> ChildAtAsync(string settingId)
    {
        var child = (await Dana.SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "DomesticAbuse", name = "Example Child", dateOfBirth = "2016-02-03" } })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
        (await Dana.SendAsync("mutation($s: ID!, $t: ID!) { linkChildToSetting(subjectId: $s, settingId: $t) { id } }", new { s = child, t = settingId })).AssertOk();
        return child;
    }

    /// <summary>Records a notice naming the children and answers each setting's deadline.</summary>
    private async Task<Dictionary<string, DateTimeOffset>> DeadlinesAsync(string reference, string incidentAt, params string[] children)
    {
        var stored = (await Dana.SendAsync("mutation($i: ProtectionNoticeInput!) { recordProtectionNotice(input: $i) { outcome noticeId encompassNotifications problems { field message } } }",
            new { i = new { policeReference = reference, incidentAt, locationArea = "Devonport", children, adults = new[] { new { role = "VICTIM", personReference = "P-" + reference } } } }))
            .AssertOk().Data!["recordProtectionNotice"]!;
        Assert.Equal("STORED", stored["outcome"]!.GetValue<string>());
        Assert.Equal(children.Length, stored["encompassNotifications"]!.GetValue<int>());
        var notice = stored["noticeId"]!.GetValue<string>();
        var all = (await Dana.SendAsync("{ encompassNotifications { nodes { noticeId settingId deadlineAt } } }")).AssertOk().Data!["encompassNotifications"]!["nodes"]!.AsArray();
        return all.Where(n => n!["noticeId"]!.GetValue<string>() == notice)
            .ToDictionary(n => n!["settingId"]!.GetValue<string>(), n => DateTimeOffset.Parse(n!["deadlineAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_notice_on_the_Friday_before_half_term_is_due_after_it_at_a_setting_with_that_half_term_and_on_its_Monday_at_one_without()
    {
        await RecordAsync("alex.admin", Primary, "2026-10-26", "2026-10-30", "October half term");
        var atPrimary = await ChildAtAsync(Primary);
        var atSecondary = await ChildAtAsync(Secondary);

        // Friday 23 October 2026 at 18:00 (BST); the clocks go back on Sunday 25 October, so 08:30 is 08:30 UTC after.
        var halfTerm = await DeadlinesAsync("PPN-TERM-1", "2026-10-23T17:00:00Z", atPrimary, atSecondary);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 8, 30, 0, TimeSpan.Zero), halfTerm[Primary]);
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 8, 30, 0, TimeSpan.Zero), halfTerm[Secondary]);

        // A holiday of all the city's schools is every setting's: Friday 18 December 2026, 19:00, is due on Monday 4 January 2027.
        await RecordAsync("dana.domesticabuse", null, "2026-12-21", "2027-01-01", "Christmas holiday");
        var christmas = await DeadlinesAsync("PPN-TERM-2", "2026-12-18T19:00:00Z", atPrimary, atSecondary);
        Assert.Equal(new DateTimeOffset(2027, 1, 4, 8, 30, 0, TimeSpan.Zero), christmas[Primary]);
        Assert.Equal(new DateTimeOffset(2027, 1, 4, 8, 30, 0, TimeSpan.Zero), christmas[Secondary]);

        // The school's key adult reads the holidays their pupils have: the city's and their own, not another setting's.
        await RecordAsync("alex.admin", Secondary, "2026-11-02", "2026-11-02", "INSET day");
        var kims = (await _host.As("kim.keyadult").SendAsync(Periods, new { s = Primary, f = "2026-09-01", t = "2027-01-31" })).AssertOk().Data!["schoolHolidayPeriods"]!["nodes"]!.AsArray();
        Assert.Equal(["October half term", "Christmas holiday"], kims.Select(p => p!["name"]!.GetValue<string>()).ToList());
        var autumn = (await _host.As("kim.keyadult").SendAsync(Periods, new { s = (string?)null, f = "2026-10-01", t = "2026-11-30" })).AssertOk().Data!["schoolHolidayPeriods"]!["nodes"]!.AsArray();
        Assert.Equal(["October half term", "INSET day"], autumn.Select(p => p!["name"]!.GetValue<string>()).ToList());
    }

    [Fact]
    public async Task Administrators_and_the_working_group_keep_school_holidays_that_do_not_overlap_for_the_same_schools()
    {
        var fingerprint = FingerprintAsync;
        var february = new { s = (string?)null, i = new { firstDay = "2027-02-15", lastDay = "2027-02-19", name = "February half term" } };
        foreach (var user in new[] { "nina.neglect", "kim.keyadult", "sam.scrutineer", "gina.governance" })
            await _host.AssertRejectedAsync(fingerprint, user, Record, february, "FORBIDDEN");

        var city = (await _host.As("alex.admin").SendAsync(Record, february)).AssertOk().Data!["recordSchoolHolidayPeriod"]!;
        Assert.Null(city["settingId"]);
        var id = city["id"]!.GetValue<string>();
        await _host.AssertRejectedAsync(fingerprint, "alex.admin", Record, new { s = (string?)null, i = new { firstDay = "2027-02-19", lastDay = "2027-02-22", name = "INSET day" } }, "CONFLICT");
        // A setting's own holiday may overlap the city's (it breaks up a day earlier).
        var own = await RecordAsync("dana.domesticabuse", Primary, "2027-02-12", "2027-02-19", "February half term (academy)");

        await _host.AssertRejectedAsync(fingerprint, "alex.admin", Record, new { s = (string?)null, i = new { firstDay = "2027-02-26", lastDay = "2027-02-22", name = "Backwards" } }, "VALIDATION", "lastDay");
        await _host.AssertRejectedAsync(fingerprint, "alex.admin", Record, new { s = (string?)null, i = new { firstDay = "2027-07-21", lastDay = "2027-12-21", name = "Too long" } }, "VALIDATION", "lastDay");
        await _host.AssertRejectedAsync(fingerprint, "alex.admin", Record, new { s = (string?)null, i = new { firstDay = "0001-01-01", lastDay = "9999-12-31", name = "Forever" } }, "VALIDATION", "firstDay");
        await _host.AssertRejectedAsync(fingerprint, "alex.admin", Record, new { s = (string?)null, i = new { firstDay = "2027-03-01", lastDay = "2027-03-01", name = "" } }, "VALIDATION", "name");
        await _host.AssertRejectedAsync(fingerprint, "alex.admin", Record, new { s = "not-an-id", i = new { firstDay = "2027-03-01", lastDay = "2027-03-01", name = "INSET day" } }, "VALIDATION", "settingId");
        await _host.AssertRejectedAsync(fingerprint, "alex.admin", Record, new { s = Guid.NewGuid().ToString(), i = new { firstDay = "2027-03-01", lastDay = "2027-03-01", name = "INSET day" } }, "NOT_FOUND");

        var easter = await RecordAsync("alex.admin", null, "2027-03-29", "2027-04-09", "Easter holiday");
        var changed = (await _host.As("alex.admin").SendAsync(Change, new { id = easter, i = new { firstDay = "2027-03-26", lastDay = "2027-04-09", name = "Easter holiday" } }))
            .AssertOk().Data!["changeSchoolHolidayPeriod"]!;
        Assert.Equal("2027-03-26", changed["firstDay"]!.GetValue<string>());
        await _host.AssertRejectedAsync(fingerprint, "alex.admin", Change, new { id = easter, i = new { firstDay = "2027-02-19", lastDay = "2027-04-09", name = "Easter holiday" } }, "CONFLICT");
        await _host.AssertRejectedAsync(fingerprint, "alex.admin", Change, new { id = Guid.NewGuid().ToString(), i = new { firstDay = "2027-03-01", lastDay = "2027-03-01", name = "INSET day" } }, "NOT_FOUND");
        await _host.AssertRejectedAsync(fingerprint, "kim.keyadult", Remove, new { id = own }, "FORBIDDEN");

        (await _host.As("alex.admin").SendAsync(Remove, new { id = own })).AssertOk();
        await _host.AssertRejectedAsync(fingerprint, "alex.admin", Remove, new { id = own }, "NOT_FOUND");
        (await _host.As("alex.admin").SendAsync(Remove, new { id })).AssertOk();

        var audit = (await _host.As("alex.admin").SendAsync("{ auditLog(action: \"calendar.school-holiday.changed\") { nodes { actor module detail } } }")).AssertOk().Data!["auditLog"]!["nodes"]!.AsArray();
        Assert.Contains(audit, a => a!["actor"]!.GetValue<string>() == "alex.admin" && a["detail"]!.GetValue<string>().StartsWith("Easter holiday", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Eight_overlapping_holidays_recorded_at_once_for_the_same_schools_store_one()
    {
        var requests = Enumerable.Range(0, 8).Select(k => _host.As(k % 2 == 0 ? "alex.admin" : "dana.domesticabuse").SendAsync(Record,
            new { s = Secondary, i = new { firstDay = $"2027-05-{24 + k % 4:00}", lastDay = "2027-06-04", name = $"May half term {k}" } }));
        var answers = await Task.WhenAll(requests);
        Assert.Equal(1, answers.Count(a => a.Errors is null));
        Assert.All(answers.Where(a => a.Errors is not null), a => a.AssertError("CONFLICT"));
        var held = (await Dana.SendAsync(Periods, new { s = Secondary, f = "2027-05-01", t = "2027-06-30" })).AssertOk().Data!["schoolHolidayPeriods"]!["nodes"]!.AsArray();
        Assert.Single(held);
    }
}
