using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Host.Platform;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Paging;

/// <summary>
/// The CSA working group's lists walked to their end in pages while records are written: children flagged for a
/// discussion (the longest waiting first, each page read audited), unmet support referrals (the longest waiting first)
/// and the young-people-led awareness work (by year).
/// </summary>
public sealed class CsaPagingTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private GraphQLClient Carla => _host.As("carla.csa");

    private static string Today(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd");
    private static string Id(JsonNode n) => n["id"]!.GetValue<string>();

    private async Task<string> ChildAsync() =>
        (await Carla.SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "Csa", name = "Paging Child", dateOfBirth = "2014-02-03", nhsNumber = TestNhsNumbers.Next() } }))
        .AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();

    [Fact]
    public async Task Children_flagged_for_a_discussion_are_walked_longest_waiting_first_each_once_and_each_page_read_is_audited()
    {
        async Task FlagAsync()
        {
            var child = await ChildAsync();
            for (var day = 3; day >= 1; day--)
                (await Carla.SendAsync("mutation($i: RecordCsaIndicatorInput!) { recordCsaIndicator(input: $i) { flaggedNow } }", new { i = new
                {
                    subjectId = child, categoryCode = "EMOTIONAL_BEHAVIOURAL", observedOn = Today(-day), description = "Withdrawn after contact weekends", seenAndSpokenToAlone = true,
                } })).AssertOk();
        }
        for (var i = 0; i < 7; i++) await FlagAsync();

        var audited = await AuditedReadsAsync();
        var list = await new ConnectionWalk(Carla, "csaOpenFlags", "id flaggedOn", Id).AssertWalkAsync(2, async () => { await FlagAsync(); await FlagAsync(); }, added: 2);
        ConnectionWalk.AssertOrdered(list, n => n["flaggedOn"]!.GetValue<string>(), newestFirst: false);
        Assert.True(await AuditedReadsAsync() > audited + 5, "each page read is audited");
    }

    private Task<int> AuditedReadsAsync() =>
        _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.CountAsync(a => a.Field == "csaOpenFlags"));

    [Fact]
    public async Task Unmet_support_referrals_are_walked_longest_waiting_first_each_once()
    {
        var child = await ChildAsync();
        async Task ReferAsync(int daysAgo) =>
            (await Carla.SendAsync("mutation($i: MakeCsaSupportReferralInput!) { makeCsaSupportReferral(input: $i) { id } }", new { i = new
            {
                subjectId = child, referral = new { service = "Paging service", kind = "RECOVERY", commissioned = false, referredOn = Today(-daysAgo) },
            } })).AssertOk();
        foreach (var days in new[] { 30, 10, 20, 11, 40, 21, 31 }) await ReferAsync(days);

        var list = await new ConnectionWalk(Carla, "csaUnmetReferrals", "id referredOn", Id).AssertWalkAsync(2, async () => { await ReferAsync(5); await ReferAsync(50); }, added: 2);
        ConnectionWalk.AssertOrdered(list, n => n["referredOn"]!.GetValue<string>(), newestFirst: false);
    }

    [Fact]
    public async Task Awareness_activities_are_walked_by_year_each_once()
    {
        var recorded = 0;
        async Task RecordAsync(string year) =>
            (await Carla.SendAsync("mutation($i: RecordCsaAwarenessActivityInput!) { recordCsaAwarenessActivity(input: $i) { id } }",
                new { i = new { year, title = $"Paging sessions {recorded++:00}", partners = "NSPCC", summary = "Young people delivered sessions to peers." } })).AssertOk();
        foreach (var year in new[] { "2031-32", "2030-31", "2032-33", "2030-31", "2033-34", "2031-32", "2032-33" }) await RecordAsync(year);

        var list = await new ConnectionWalk(_host.As("sam.scrutineer"), "csaAwarenessActivities", "id year", Id)
            .AssertWalkAsync(2, async () => { await RecordAsync("2029-30"); await RecordAsync("2034-35"); }, added: 2);
        ConnectionWalk.AssertOrdered(list, n => n["year"]!.GetValue<string>(), newestFirst: false);
    }
}
