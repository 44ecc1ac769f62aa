using System.Text.Json.Nodes;
using Safeguarding.DomesticAbuse.Contracts;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Paging;

/// <summary>
/// The Domestic Abuse lists that were cut or windowed are walked to their end in pages while rows are written: MARAC
/// referrals (an agenda, the earliest meeting first), overdue Operation Encompass notifications (the longest overdue
/// first) and school holidays (the earliest first). The host stands on Wednesday 10 March 2027, in term, so that an
/// incident two weeks before has its deadline behind it.
/// </summary>
public sealed class DomesticAbusePagingTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private readonly PartnershipHost _host = new() { Clock = new ShiftedClock(Now) };
    public void Dispose() => _host.Dispose();

    private GraphQLClient Dana => _host.As("dana.domesticabuse");

    private static string Today(int days) => DateOnly.FromDateTime(Now.UtcDateTime).AddDays(days).ToString("yyyy-MM-dd");
    private static string Id(JsonNode n) => n["id"]!.GetValue<string>();

    [Fact]
    public async Task MARAC_referrals_are_walked_earliest_meeting_first_each_once()
    {
        string[] highRisk = [.. Enumerable.Repeat("YES", 14), .. Enumerable.Repeat("NO", 10)];
        async Task ReferAsync(int meetingInDays) =>
            (await Dana.SendAsync("mutation($i: CompleteDashAssessmentInput!) { completeDashAssessment(input: $i) { maracReferral { id } } }",
                new { i = new { answers = highRisk, maracMeetingOn = Today(meetingInDays) } })).AssertOk();
        foreach (var day in new[] { 62, 60, 61, 60, 62, 61, 60 }) await ReferAsync(day);

        var walk = new ConnectionWalk(Dana, "maracReferrals", "id meetingOn", Id, "meetingFrom: $from, meetingTo: $to", "$from: DateOnly, $to: DateOnly",
            new { from = Today(60), to = Today(70) });
        var list = await walk.AssertWalkAsync(2, async () => { await ReferAsync(60); await ReferAsync(69); }, added: 2);
        ConnectionWalk.AssertOrdered(list, n => n["meetingOn"]!.GetValue<string>(), newestFirst: false);
        Assert.Equal(Today(69), list[^1]["meetingOn"]!.GetValue<string>());

        // Without meetingFrom the agenda starts today; a period that ends before it starts is refused.
        var fromToday = await new ConnectionWalk(Dana, "maracReferrals", "id", Id, "meetingFrom: $from", "$from: DateOnly", new { from = Today(0) }).WholeAsync();
        Assert.Equal(fromToday.Select(Id), (await new ConnectionWalk(Dana, "maracReferrals", "id", Id).WholeAsync()).Select(Id));
        Assert.Subset(fromToday.Select(Id).ToHashSet(), list.Select(Id).ToHashSet());
        (await Dana.SendAsync("query($f: DateOnly, $t: DateOnly) { maracReferrals(meetingFrom: $f, meetingTo: $t) { totalCount } }",
            new { f = Today(10), t = Today(9) })).AssertError("VALIDATION");
    }

    [Fact]
    public async Task Overdue_notifications_are_walked_longest_overdue_first_each_once()
    {
        var primary = DomesticAbuseDemoIds.ExamplePrimarySchool.ToString();
        var child = (await Dana.SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "DomesticAbuse", name = "Overdue Example", dateOfBirth = "2016-02-03" } })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
        (await Dana.SendAsync("mutation($s: ID!, $t: ID!) { linkChildToSetting(subjectId: $s, settingId: $t) { id } }", new { s = child, t = primary })).AssertOk();
        var notices = 0;
        async Task NoticeAsync(int daysAgo) =>
            (await Dana.SendAsync("mutation($i: ProtectionNoticeInput!) { recordProtectionNotice(input: $i) { encompassNotifications } }", new { i = new
            {
                policeReference = $"PPN-OVERDUE-{notices++}", incidentAt = Now.AddDays(-daysAgo).ToString("O"), locationArea = "Devonport",
                children = new[] { child }, adults = Array.Empty<object>(),
            } })).AssertOk();
        foreach (var days in new[] { 20, 12, 16, 12, 24, 16, 20 }) await NoticeAsync(days);

        var walk = new ConnectionWalk(Dana, "overdueEncompassNotifications", "id deadlineAt status", Id);
        var list = await walk.AssertWalkAsync(2, async () => { await NoticeAsync(30); await NoticeAsync(10); }, added: 2);
        Assert.All(list, n => Assert.Equal("OVERDUE", n["status"]!.GetValue<string>()));
        ConnectionWalk.AssertOrdered(list, n => DateTimeOffset.Parse(n["deadlineAt"]!.GetValue<string>()).UtcDateTime.ToString("O"), newestFirst: false);
        // The key adult reads the same list for their own setting, as the working group does when it names the setting.
        var ofPrimary = await new ConnectionWalk(Dana, "overdueEncompassNotifications", "id", Id, "settingId: $s", "$s: ID", new { s = primary }).WholeAsync();
        Assert.Equal(ofPrimary.Select(Id), (await new ConnectionWalk(_host.As("kim.keyadult"), "overdueEncompassNotifications", "id", Id).WholeAsync()).Select(Id));
        Assert.True(ofPrimary.Count >= 9, $"{ofPrimary.Count} overdue at the primary school");
    }

    [Fact]
    public async Task School_holidays_are_walked_earliest_first_each_once()
    {
        var recorded = 0;
        async Task HolidayAsync(string firstDay, string lastDay) =>
            (await Dana.SendAsync("mutation($s: ID, $i: SchoolHolidayPeriodInput!) { recordSchoolHolidayPeriod(settingId: $s, input: $i) { id } }",
                new { s = DomesticAbuseDemoIds.ExamplePrimarySchool.ToString(), i = new { firstDay, lastDay, name = $"Paging holiday {recorded++}" } })).AssertOk();
        foreach (var week in new[] { 3, 1, 5, 2, 7, 4, 6 })
            await HolidayAsync($"2031-0{week}-01", $"2031-0{week}-05");

        var walk = new ConnectionWalk(Dana, "schoolHolidayPeriods", "id firstDay name", Id, "from: $from, to: $to", "$from: DateOnly, $to: DateOnly",
            new { from = "2031-01-01", to = "2031-12-31" });
        var list = await walk.AssertWalkAsync(2, async () => { await HolidayAsync("2031-01-10", "2031-01-12"); await HolidayAsync("2031-09-01", "2031-09-02"); }, added: 2);
        ConnectionWalk.AssertOrdered(list, n => n["firstDay"]!.GetValue<string>(), newestFirst: false);
        Assert.Equal(["2031-01-01", "2031-01-10"], list.Take(2).Select(n => n["firstDay"]!.GetValue<string>()));
    }
}
