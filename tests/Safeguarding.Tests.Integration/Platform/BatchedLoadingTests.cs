using System.Text.Json.Nodes;
using Safeguarding.SharedKernel.Time;
using Safeguarding.Tests.Integration.Support;
using Xunit.Abstractions;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>
/// A nested field reads once for all the records of a level: the SQL statements a request sends stay the same when the
/// records it lists double, and each record still shows its own related data.
/// </summary>
public sealed class BatchedLoadingTests(ITestOutputHelper output) : IDisposable
{
    // A host of its own: the tests add records and count what the lists cost.
    private readonly PartnershipHost _host = new() { CountStatements = true };

    private void Report(string list, int rowsBefore, GraphQLResponse before, int rowsAfter, GraphQLResponse after) =>
        output.WriteLine($"{list}: {rowsBefore} rows, {before.Statements} statements; {rowsAfter} rows, {after.Statements} statements");
    public void Dispose() => _host.Dispose();

    private static string Day(int fromToday) => UkTime.Today(TimeProvider.System).AddDays(fromToday).ToString("yyyy-MM-dd");

    private async Task<List<(string Id, string Name)>> NamedAsync(string query, string field) =>
        (await _host.As("alex.admin").SendAsync(query)).AssertOk().Data![field]!.AsArray()
            .Select(x => (x!["id"]!.GetValue<string>(), x["name"]!.GetValue<string>())).ToList();

    /// <summary>Sends aliased mutations twenty to a request, as a client recording many would.</summary>
    private async Task SendAllAsync(string user, string mutation, string inputType, IReadOnlyList<object> inputs)
    {
        foreach (var batch in inputs.Chunk(20))
        {
            var declarations = string.Join(", ", batch.Select((_, i) => $"$m{i}: {inputType}!"));
            var fields = string.Join(" ", batch.Select((_, i) => $"m{i}: {mutation}(input: $m{i}) {{ id }}"));
            (await _host.As(user).SendAsync($"mutation({declarations}) {{ {fields} }}", batch.Select((input, i) => (Key: $"m{i}", input)).ToDictionary(x => x.Key, x => x.input))).AssertOk();
        }
    }

    private const string Actions = "{ partnershipActions(first: 100) { nodes { id title owner { name } body { name members { role partner { name } } } decision { text } } } }";

    [Fact]
    public async Task Actions_with_their_owners_and_bodies_cost_the_same_statements_for_twice_the_actions()
    {
        var bodies = await NamedAsync("{ partnershipBodies { id name } }", "partnershipBodies");
        var partners = await NamedAsync("{ partners { id name } }", "partners");
        var created = new Dictionary<string, (string Owner, string Body)>();
        async Task CreateAsync(int from, int count)
        {
            var inputs = Enumerable.Range(from, count).Select(i => new
            {
                bodyId = bodies[i % bodies.Count].Id, ownerPartnerId = partners[i % partners.Count].Id, title = $"Batched action {i}", dueDate = Day(30 + i),
            }).ToList();
            foreach (var (input, i) in inputs.Select((input, i) => (input, from + i))) created[input.title] = (partners[i % partners.Count].Name, bodies[i % bodies.Count].Name);
            await SendAllAsync("gina.governance", "createAction", "CreateActionInput", inputs);
        }

        await CreateAsync(0, 25);
        var first = await CountedAsync(_host.As("gina.governance"), Actions);
        var firstRows = first.Data!["partnershipActions"]!["nodes"]!.AsArray().Count;
        await CreateAsync(25, firstRows);
        var second = await CountedAsync(_host.As("gina.governance"), Actions);
        var rows = second.Data!["partnershipActions"]!["nodes"]!.AsArray();

        Report("partnershipActions", firstRows, first, rows.Count, second);
        Assert.Equal(2 * firstRows, rows.Count);
        Assert.NotNull(first.Statements);
        Assert.Equal(first.Statements, second.Statements);
        // Each action still shows its own owner and body, with the body's seats.
        foreach (var action in rows.Where(a => created.ContainsKey(a!["title"]!.GetValue<string>())))
        {
            var (owner, body) = created[action!["title"]!.GetValue<string>()];
            Assert.Equal(owner, action["owner"]!["name"]!.GetValue<string>());
            Assert.Equal(body, action["body"]!["name"]!.GetValue<string>());
            Assert.Null(action["decision"]);
        }
        Assert.Equal(25 + firstRows, rows.Count(a => created.ContainsKey(a!["title"]!.GetValue<string>())));
    }

    private const string Notices = "query($s: ID!) { protectionNotices(subjectId: $s) { nodes { policeReference children adults { role personReference person { id } } } } }";

    [Fact]
    public async Task Notices_with_their_adults_cost_the_same_statements_for_twice_the_notices()
    {
        var dana = _host.As("dana.domesticabuse");
        var child = (await dana.SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "DomesticAbuse", name = "Batched Child", dateOfBirth = "2015-06-07" } })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
        async Task RecordAsync(int from, int count)
        {
            var notices = Enumerable.Range(from, count).Select(i => new
            {
                policeReference = $"PPN-BATCH-{i:D4}", incidentAt = DateTimeOffset.UtcNow.AddDays(-2).AddMinutes(-i).ToString("O"), locationArea = "Stonehouse",
                children = new[] { child },
                adults = new object[]
                {
                    new { role = "VICTIM", personReference = $"V-BATCH-{i}", name = $"Victim {i}", dateOfBirth = "1990-05-01" },
                    new { role = "PERSON_CAUSING_HARM", personReference = $"P-BATCH-{i % 7}", name = $"Perpetrator {i % 7}", dateOfBirth = "1985-02-03" },
                },
            }).ToList();
            var result = (await dana.SendAsync("mutation($n: [ProtectionNoticeInput]!) { recordProtectionNotices(notices: $n) { stored } }", new { n = notices }))
                .AssertOk().Data!["recordProtectionNotices"]!;
            Assert.Equal(count, result["stored"]!.GetValue<int>());
        }

        await RecordAsync(0, 20);
        var first = await CountedAsync(dana, Notices, new { s = child });
        await RecordAsync(20, 20);
        var second = await CountedAsync(dana, Notices, new { s = child });
        var notices = second.Data!["protectionNotices"]!["nodes"]!.AsArray();

        Report("protectionNotices", 20, first, notices.Count, second);
        Assert.Equal(20, first.Data!["protectionNotices"]!["nodes"]!.AsArray().Count);
        Assert.Equal(40, notices.Count);
        Assert.NotNull(first.Statements);
        Assert.Equal(first.Statements, second.Statements);
        foreach (var notice in notices)
        {
            var i = int.Parse(notice!["policeReference"]!.GetValue<string>()["PPN-BATCH-".Length..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal([("VICTIM", $"V-BATCH-{i}", true), ("PERSON_CAUSING_HARM", $"P-BATCH-{i % 7}", true)],
                notice["adults"]!.AsArray().Select(a => (a!["role"]!.GetValue<string>(), a["personReference"]!.GetValue<string>(), a["person"]?["id"] is not null)));
        }
    }

    private const string BodiesWithMeetings = """
        { partnershipBodies { name recent: meetings { summary body { name } decisions { text } attendance { partner { name } } }
                              two: meetings(last: 2) { summary } actions { title owner { name } } } }
        """;

    [Fact]
    public async Task Bodies_with_their_recent_meetings_cost_the_same_statements_for_twice_the_meetings()
    {
        var bodies = await NamedAsync("{ partnershipBodies { id name } }", "partnershipBodies");
        var partners = await NamedAsync("{ partners { id name } }", "partners");
        async Task RecordAsync(int round) =>
            await SendAllAsync("gina.governance", "recordMeeting", "RecordMeetingInput", bodies.SelectMany((body, b) => Enumerable.Range(0, 3).Select(m => (object)new
            {
                bodyId = body.Id, heldOn = Day(-(round * 10 + m + 1)), summary = $"{body.Name} meeting {round}.{m}", decisions = new[] { $"Decision {round}.{m}" },
                attendance = new[] { new { partnerId = partners[(b + m) % partners.Count].Id, role = "Chair" } },
            })).ToList());

        await RecordAsync(1);
        var first = await CountedAsync(_host.As("gina.governance"), BodiesWithMeetings);
        await RecordAsync(2);
        await RecordAsync(0); // the newest meetings, recorded last
        var second = await CountedAsync(_host.As("gina.governance"), BodiesWithMeetings);

        Report("partnershipBodies with meetings (meetings per body)", 3, first, 9, second);
        Assert.NotNull(first.Statements);
        Assert.Equal(first.Statements, second.Statements);
        foreach (var body in second.Data!["partnershipBodies"]!.AsArray())
        {
            var name = body!["name"]!.GetValue<string>();
            var id = bodies.Single(b => b.Name == name).Id;
            // The same meetings, in the same order, as the body's own list gives.
            Assert.Equal(await SummariesAsync(id, 4), body["recent"]!.AsArray().Select(m => m!["summary"]!.GetValue<string>()));
            Assert.Equal(await SummariesAsync(id, 2), body["two"]!.AsArray().Select(m => m!["summary"]!.GetValue<string>()));
            Assert.All(body["recent"]!.AsArray(), m => Assert.Equal(name, m!["body"]!["name"]!.GetValue<string>()));
            var newest = body["recent"]!.AsArray().Single(m => m!["summary"]!.GetValue<string>() == $"{name} meeting 0.0")!;
            Assert.Equal(["Decision 0.0"], newest["decisions"]!.AsArray().Select(d => d!["text"]!.GetValue<string>()));
        }
    }

    /// <summary>
    /// The query sent twice, the answer with fewer statements kept: a cache the host refreshes now and then (module
    /// switches, reference data) may add a statement to whichever request finds it stale, and never to both.
    /// </summary>
    private static async Task<GraphQLResponse> CountedAsync(GraphQLClient client, string query, object? variables = null)
    {
        var once = (await client.SendAsync(query, variables)).AssertOk();
        var again = (await client.SendAsync(query, variables)).AssertOk();
        return again.Statements <= once.Statements ? again : once;
    }

    private async Task<List<string>> SummariesAsync(string body, int last) =>
        (await _host.As("gina.governance").SendAsync("query($b: ID!, $l: Int) { meetings(bodyId: $b, first: $l) { nodes { summary } } }", new { b = body, l = last }))
            .AssertOk().Data!["meetings"]!["nodes"]!.AsArray().Select(m => m!["summary"]!.GetValue<string>()).ToList();
}
