using Safeguarding.DomesticAbuse.Contracts;

namespace Safeguarding.Bench;

/// <summary>
/// A synthetic police feed: registers a pool of children through GraphQL (half of them at subscribed schools, so
/// Operation Encompass notifications are made too), then makes batches of notices for recordProtectionNotices, each
/// naming one or two children of the pool and one victim from a pool of adults. Seeded, so runs compare.
/// </summary>
internal sealed class NoticeFeed
{
    private readonly List<string> _children;
    private readonly Random _random = new(20240331);
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;
    private int _next;

    private NoticeFeed(List<string> children) => _children = children;

    public const string Mutation = "mutation($n: [ProtectionNoticeInput]!) { recordProtectionNotices(notices: $n) { stored } }";

    public static async Task<NoticeFeed> RegisterChildrenAsync(HttpClient client, string token, int pool)
    {
        string[] schools = [DomesticAbuseDemoIds.ExamplePrimarySchool.ToString(), "5e771a90-0000-4000-8000-00000000e002"];
        var children = new List<string>();
        for (var n = 0; n < pool; n++)
        {
            var r = await BenchProgram.Json(client, token, "mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
                new { i = new { module = "DomesticAbuse", name = $"Benchmark Child {n}", dateOfBirth = "2015-01-01" } });
            var id = r["data"]!["registerSubject"]!["id"]!.GetValue<string>();
            children.Add(id);
            if (n % 2 == 0)
                await BenchProgram.Json(client, token, "mutation($s: ID!, $t: ID!) { linkChildToSetting(subjectId: $s, settingId: $t) { id } }", new { s = id, t = schools[n / 2 % 2] });
        }
        return new NoticeFeed(children);
    }

    /// <summary>The next <paramref name="count"/> notices, with police references that never repeat within a run.</summary>
    public object[] Next(int count) => Enumerable.Range(0, count).Select(_ =>
    {
        var n = _next++;
        var first = _random.Next(_children.Count);
        return (object)new
        {
            policeReference = $"PPN-BENCH-{n:0000000}",
            incidentAt = _now.AddMinutes(-_random.Next(1, 300 * 24 * 60)).ToString("O"),
            locationArea = "Benchmark area",
            children = _random.Next(3) == 0 ? new[] { _children[first], _children[(first + 1) % _children.Count] } : [_children[first]],
            adults = new[] { new { role = "VICTIM", personReference = $"P-BENCH-{_random.Next(20_000)}" } },
        };
    }).ToArray();

    /// <summary>Sends one batch and returns how many notices were stored.</summary>
    public static async Task<int> SendAsync(HttpClient client, string token, object[] batch)
    {
        var r = await BenchProgram.Json(client, token, Mutation, new { n = batch });
        return r["data"]!["recordProtectionNotices"]!["stored"]!.GetValue<int>();
    }
}
