using System.Text.Json.Nodes;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Paging;

/// <summary>
/// Agencies' data returns (the newest quarter first), the scrutineer's recommendations (by year) and the history of module
/// switches (the newest first), walked to their end in pages while more are written.
/// </summary>
public sealed class ScrutinyAndPlatformPagingTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private GraphQLClient Alex => _host.As("alex.admin");

    private static string Id(JsonNode n) => n["id"]!.GetValue<string>();

    [Fact]
    public async Task Data_returns_are_walked_newest_quarter_first_each_once()
    {
        var council = (await Alex.SendAsync("{ partners { id name } }")).AssertOk().Data!["partners"]!.AsArray()
            .First(p => p!["name"]!.GetValue<string>() == "Plymouth City Council")!["id"]!.GetValue<string>();
        async Task ReturnAsync(int year, int quarter) =>
            (await Alex.SendAsync("mutation($i: SubmitDataReturnInput!) { submitDataReturn(input: $i) { id } }",
                new { i = new { measure = "REREFERRALS_12M", quarter = $"{year}/{(year + 1) % 100:00} Q{quarter}", partnerId = council, value = 10 + quarter } })).AssertOk();
        foreach (var (year, quarter) in new[] { (2015, 3), (2015, 1), (2016, 2), (2014, 4), (2016, 1), (2015, 2), (2014, 2) }) await ReturnAsync(year, quarter);

        var list = await new ConnectionWalk(Alex, "dataReturns", "id quarter", Id, "measure: $m", "$m: String", new { m = "REREFERRALS_12M" })
            .AssertWalkAsync(2, async () => { await ReturnAsync(2013, 1); await ReturnAsync(2016, 4); }, added: 2);
        ConnectionWalk.AssertOrdered(list, n => n["quarter"]!.GetValue<string>(), newestFirst: true);
    }

    [Fact]
    public async Task The_scrutineers_recommendations_are_walked_by_year_each_once()
    {
        var sam = _host.As("sam.scrutineer");
        var written = 0;
        async Task AddAsync(string year) =>
            (await sam.SendAsync("mutation($i: AddScrutinyRecommendationInput!) { addScrutinyRecommendation(input: $i) { id } }",
                new { i = new { year, theme = "LEADERSHIP", kind = "RECOMMENDATION", text = $"Paging recommendation {written++}" } })).AssertOk();
        foreach (var year in new[] { "2025/26", "2024/25", "2025/26", "2024/25", "2022/23", "2025/26", "2024/25" }) await AddAsync(year);

        var list = await new ConnectionWalk(sam, "scrutinyRecommendations", "id year", Id).AssertWalkAsync(3, async () => { await AddAsync("2021/22"); await AddAsync("2025/26"); }, added: 2);
        ConnectionWalk.AssertOrdered(list, n => n["year"]!.GetValue<string>(), newestFirst: false);
    }

    [Fact]
    public async Task The_history_of_module_switches_is_walked_newest_first_each_once()
    {
        async Task SwitchAsync(bool on) =>
            (await Alex.SendAsync("mutation($on: Boolean!) { setModuleEnabled(name: \"Funding\", enabled: $on, reason: \"Checking the history reads back\") { enabled } }",
                new { on })).AssertOk();
        for (var i = 0; i < 7; i++) await SwitchAsync(i % 2 == 1);

        // A switch is told apart by the instant it was made.
        var list = await new ConnectionWalk(Alex, "moduleToggles", "module enabled changedAt", n => n["changedAt"]!.GetValue<string>(), "module: $m", "$m: String", new { m = "Funding" })
            .AssertWalkAsync(2, async () => { await SwitchAsync(true); await SwitchAsync(false); }, added: 2);
        ConnectionWalk.AssertOrdered(list, n => DateTimeOffset.Parse(n["changedAt"]!.GetValue<string>()).UtcDateTime.ToString("O"), newestFirst: true);
        await SwitchAsync(true);
    }
}
