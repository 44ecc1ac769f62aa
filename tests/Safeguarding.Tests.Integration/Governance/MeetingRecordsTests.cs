using System.Text.Json.Nodes;
using Safeguarding.SharedKernel.Time;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Governance;

/// <summary>Meetings read back: listed by body and dates with their decisions and attendance, and within the complexity limits.</summary>
public sealed class MeetingRecordsTests : IDisposable
{
    // A host each: the tests count meetings, so neither may see the other's.
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private static string Day(int fromToday) => UkTime.Today(TimeProvider.System).AddDays(fromToday).ToString("yyyy-MM-dd");

    private const string Meetings = """
        query($b: ID, $f: DateOnly, $t: DateOnly, $l: Int) { meetings(bodyId: $b, from: $f, to: $t, first: $l) { nodes {
          id heldOn summary body { name } decisions { id number text } attendance { role partner { name } } } } }
        """;

    private async Task<Dictionary<string, string>> IdsAsync(string query, string field) =>
        (await _host.As("alex.admin").SendAsync(query)).AssertOk().Data![field]!.AsArray()
            .ToDictionary(x => x!["name"]!.GetValue<string>(), x => x!["id"]!.GetValue<string>());

    private Task<Dictionary<string, string>> BodiesAsync() => IdsAsync("{ partnershipBodies { id name } }", "partnershipBodies");
    private Task<Dictionary<string, string>> PartnersAsync() => IdsAsync("{ partners { id name } }", "partners");

    /// <summary>Records meetings with one request per batch of aliased mutations (the shape a minute-taker's client would send).</summary>
    private async Task RecordAsync(IReadOnlyList<object> inputs)
    {
        foreach (var batch in inputs.Chunk(20))
        {
            var declarations = string.Join(", ", batch.Select((_, i) => $"$m{i}: RecordMeetingInput!"));
            var fields = string.Join(" ", batch.Select((_, i) => $"m{i}: recordMeeting(input: $m{i}) {{ id }}"));
            var variables = batch.Select((input, i) => (Key: $"m{i}", input)).ToDictionary(x => x.Key, x => x.input);
            (await _host.As("gina.governance").SendAsync($"mutation({declarations}) {{ {fields} }}", variables)).AssertOk();
        }
    }

    [Fact]
    public async Task Meetings_are_listed_by_body_and_dates_newest_first_with_decisions_and_attendance()
    {
        var bodies = await BodiesAsync();
        var partners = await PartnersAsync();
        var (pidg, wdg) = (bodies["Practice Improvement and Development Group"], bodies["Workforce Development Group"]);
        await RecordAsync(
        [
            new { bodyId = pidg, heldOn = Day(-40), summary = "Scorecard review", decisions = new[] { "Ask police for the missing data", "Repeat the neglect audit" },
                  attendance = new[] { new { partnerId = partners["Devon and Cornwall Police"], role = "Detective Superintendent" },
                                       new { partnerId = partners["Plymouth City Council"], role = "Head of Service" } } },
            new { bodyId = pidg, heldOn = Day(-10), summary = "MASH governance", decisions = new[] { "Adopt the new threshold document" } },
            new { bodyId = wdg, heldOn = Day(-10), summary = "Training plan", decisions = Array.Empty<string>() },
        ]);

        var all = (await _host.As("sam.scrutineer").SendAsync(Meetings, new { f = Day(-60), l = 50 })).AssertOk().Data!["meetings"]!["nodes"]!.AsArray();
        Assert.Equal([("MASH governance", "Practice Improvement and Development Group"), ("Training plan", "Workforce Development Group"), ("Scorecard review", "Practice Improvement and Development Group")],
            all.Select(m => (m!["summary"]!.GetValue<string>(), m["body"]!["name"]!.GetValue<string>())));
        var scorecard = all[2]!;
        Assert.Equal([(1, "Ask police for the missing data"), (2, "Repeat the neglect audit")],
            scorecard["decisions"]!.AsArray().Select(d => (d!["number"]!.GetValue<int>(), d["text"]!.GetValue<string>())));
        Assert.Equal([("Detective Superintendent", "Devon and Cornwall Police"), ("Head of Service", "Plymouth City Council")],
            scorecard["attendance"]!.AsArray().Select(a => (a!["role"]!.GetValue<string>(), a["partner"]!["name"]!.GetValue<string>())));
        Assert.Null(all[0]!["attendance"]); // recorded without its attendance: not known, rather than nobody

        var ofBody = (await _host.As("gina.governance").SendAsync(Meetings, new { b = pidg, f = Day(-60), t = Day(-20), l = 50 })).AssertOk().Data!["meetings"]!["nodes"]!.AsArray();
        Assert.Equal(["Scorecard review"], ofBody.Select(m => m!["summary"]!.GetValue<string>()));
        var last = (await _host.As("gina.governance").SendAsync(Meetings, new { b = pidg, l = 1 })).AssertOk().Data!["meetings"]!["nodes"]!.AsArray();
        Assert.Equal(["MASH governance"], last.Select(m => m!["summary"]!.GetValue<string>()));

        // An action names the decision it came from, and the decision reads back through it.
        var decision = (await _host.As("gina.governance").SendAsync(Meetings, new { b = pidg, l = 1 })).AssertOk().Data!["meetings"]!["nodes"]![0]!["decisions"]![0]!;
        (await _host.As("gina.governance").SendAsync("mutation($i: CreateActionInput!) { createAction(input: $i) { id } }",
            new { i = new { bodyId = pidg, ownerPartnerId = partners["Plymouth City Council"], title = "Publish the threshold document", dueDate = Day(30), decisionId = decision["id"] } })).AssertOk();
        var actions = (await _host.As("sam.scrutineer").SendAsync("query($b: ID) { partnershipActions(bodyId: $b) { nodes { title decision { text } } } }", new { b = pidg })).AssertOk();
        Assert.Equal("Adopt the new threshold document", actions.Data!["partnershipActions"]!["nodes"]!.AsArray()
            .Single(a => a!["title"]!.GetValue<string>() == "Publish the threshold document")!["decision"]!["text"]!.GetValue<string>());

        const string Ids = "query($b: ID, $f: DateOnly, $t: DateOnly, $l: Int) { meetings(bodyId: $b, from: $f, to: $t, first: $l) { nodes { id } } }";
        (await _host.As("sam.scrutineer").SendAsync(Ids, new { l = 0 })).AssertError("VALIDATION");
        (await _host.As("sam.scrutineer").SendAsync(Ids, new { l = 501 })).AssertError("VALIDATION");
        (await _host.As("sam.scrutineer").SendAsync(Ids, new { f = Day(0), t = Day(-1) })).AssertError("VALIDATION");
        (await _host.As("sam.scrutineer").SendAsync(Ids, new { b = Guid.NewGuid().ToString() })).AssertError("NOT_FOUND");
    }

    [Fact]
    public async Task A_realistic_partnership_reads_every_body_with_its_recent_meetings_and_their_decisions_within_the_limits()
    {
        var bodies = await BodiesAsync();
        var partners = (await PartnersAsync()).Values.Take(10).ToList();
        // A year of a board meeting every quarter: four meetings per body, eight decisions and ten posts at each.
        var meetings = bodies.SelectMany(b => Enumerable.Range(1, 4).Select(q => new
        {
            bodyId = b.Value, heldOn = Day(-91 * q), summary = $"{b.Key}, meeting {q}",
            decisions = Enumerable.Range(1, 8).Select(d => $"{b.Key}, meeting {q}, decision {d}").ToArray(),
            attendance = partners.Select((p, i) => new { partnerId = p, role = $"Post {i + 1}" }).ToArray(),
        })).ToList<object>();
        await RecordAsync(meetings);

        var answer = (await _host.As("sam.scrutineer").SendAsync("""
            { partnershipBodies { id name kind purpose module members { role isChair partner { name } }
                meetings { id heldOn summary attendance { role partner { name } } decisions { id number text } } } }
            """)).AssertOk().Data!["partnershipBodies"]!.AsArray();
        Assert.Equal(bodies.Count, answer.Count);
        foreach (var body in answer)
        {
            var name = body!["name"]!.GetValue<string>();
            var read = body["meetings"]!.AsArray();
            Assert.Equal(Enumerable.Range(1, 4).Select(q => $"{name}, meeting {q}"), read.Select(m => m!["summary"]!.GetValue<string>()));
            Assert.All(read, m => Assert.Equal(8, m!["decisions"]!.AsArray().Count));
            Assert.All(read, m => Assert.Equal(10, m!["attendance"]!.AsArray().Count));
            Assert.Equal($"{name}, meeting 1, decision 8", read[0]!["decisions"]![7]!["text"]!.GetValue<string>());
        }

        // Every meeting of one body, through the meetings query, even beyond the four a body shows.
        var board = bodies["PSCP Board"];
        var older = (await _host.As("sam.scrutineer").SendAsync(Meetings, new { b = board, l = 50 })).AssertOk().Data!["meetings"]!["nodes"]!.AsArray();
        Assert.Equal(4, older.Count);

        // Asking every body for fifty meetings with their decisions is more than one request may cost: the analyser
        // counts what is asked for, so the limit holds without being raised.
        var tooMuch = await _host.As("sam.scrutineer").SendAsync("{ partnershipBodies { meetings(last: 50) { decisions { text } } } }");
        Assert.Equal(400, tooMuch.Status);
        tooMuch.AssertError("COMPLEXITY");
    }
}
