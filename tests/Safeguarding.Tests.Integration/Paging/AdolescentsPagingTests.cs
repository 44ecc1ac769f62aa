using System.Text.Json.Nodes;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Paging;

/// <summary>
/// The Adolescents working group's lists walked to their end in pages while intelligence is recorded: adults of concern
/// (by reference), locations (by name) and the returns whose interview is overdue (the longest overdue first).
/// </summary>
public sealed class AdolescentsPagingTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private GraphQLClient Adam => _host.As("adam.adolescents");
    private int _written;

    private static string Id(JsonNode n) => n["id"]!.GetValue<string>();

    [Fact]
    public async Task Adults_of_concern_are_walked_by_reference_each_once()
    {
        async Task RecordAsync() => (await Adam.SendAsync("mutation($i: RecordAdultOfConcernInput!) { recordAdultOfConcern(input: $i) { id } }",
            new { i = new { name = $"Paging Adult {_written++}" } })).AssertOk();
        for (var i = 0; i < 7; i++) await RecordAsync();

        var list = await new ConnectionWalk(Adam, "adultsOfConcern", "id reference", Id).AssertWalkAsync(2, async () => { await RecordAsync(); await RecordAsync(); }, added: 2);
        ConnectionWalk.AssertOrdered(list, n => n["reference"]!.GetValue<string>(), newestFirst: false);
    }

    [Fact]
    public async Task Locations_are_walked_by_name_each_once()
    {
        async Task RecordAsync(int n) => (await Adam.SendAsync("mutation($n: String!) { recordAdolescentLocation(name: $n, kind: \"park\") { id } }",
            new { n = $"Paging place {n:00}" })).AssertOk();
        foreach (var n in new[] { 30, 10, 20, 11, 40, 21, 31 }) await RecordAsync(n);

        var list = await new ConnectionWalk(Adam, "adolescentLocations", "id name", Id).AssertWalkAsync(2, async () => { await RecordAsync(5); await RecordAsync(50); }, added: 2);
        // Names as the database orders text; the ones written here differ only in their digits.
        ConnectionWalk.AssertOrdered(list.Where(n => n["name"]!.GetValue<string>().StartsWith("Paging place", StringComparison.Ordinal)).ToList(),
            n => n["name"]!.GetValue<string>(), newestFirst: false);
    }

    [Fact]
    public async Task Returns_with_an_overdue_interview_are_walked_longest_overdue_first_each_once()
    {
        var person = (await Adam.SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "Adolescents", name = "Paging Young Person", dateOfBirth = "2009-02-03" } })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
        async Task MissingAsync(int returnedDaysAgo) => (await Adam.SendAsync("mutation($i: RecordMissingEpisodeInput!) { recordMissingEpisode(input: $i) { id } }", new { i = new
        {
            subjectId = person, wentMissingAt = DateTimeOffset.UtcNow.AddDays(-returnedDaysAgo).AddHours(-6).ToString("O"),
            returnedAt = DateTimeOffset.UtcNow.AddDays(-returnedDaysAgo).ToString("O"), adultOfConcernIds = Array.Empty<string>(), locationIds = Array.Empty<string>(),
        } })).AssertOk();
        foreach (var days in new[] { 30, 10, 20, 11, 40, 21, 31 }) await MissingAsync(days);

        var list = await new ConnectionWalk(Adam, "overdueReturnHomeInterviews", "id interviewDueBy", Id)
            .AssertWalkAsync(2, async () => { await MissingAsync(5); await MissingAsync(50); }, added: 2);
        ConnectionWalk.AssertOrdered(list, n => DateTimeOffset.Parse(n["interviewDueBy"]!.GetValue<string>()).UtcDateTime.ToString("O"), newestFirst: false);
    }
}
