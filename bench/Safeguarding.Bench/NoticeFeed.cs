using Safeguarding.DomesticAbuse.Contracts;
using Safeguarding.Bench.Identity;

namespace Safeguarding.Bench;

/// <summary>
/// A synthetic police feed: registers a pool of children through GraphQL (half of them at subscribed schools, so
/// Operation Encompass notifications are made too), then makes batches of notices for recordProtectionNotices, each
/// naming one or two children of the pool and one victim from a pool of adults. Seeded, so runs compare. The notices
/// name their children by registry id, or, as a police system that knows no registry id does, by identity (name, date of
/// birth and, for nine in ten, the NHS number), matched against the registry as each notice is stored.
/// </summary>
internal sealed class NoticeFeed
{
    private readonly List<string> _children;
    private readonly List<ChildIdentity>? _identities;
    private readonly Random _random = new(20240331);
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;
    private int _next;

    private NoticeFeed(List<string> children, List<ChildIdentity>? identities) => (_children, _identities) = (children, identities);

    /// <summary>Who a child of the pool is, as the police would name them.</summary>
    private sealed record ChildIdentity(string GivenNames, string FamilyName, string DateOfBirth, string NhsNumber);

    /// <summary>
    /// <paramref name="pool"/> children of the identity benchmark's synthetic city (<see cref="SyntheticCityPeople"/>):
    /// names of the city's communities, twins and siblings sharing a family name and a birthday, each with an NHS number of
    /// their own.
    /// </summary>
    private static List<ChildIdentity> ChildrenOfTheCity(int pool)
    {
        var eighteenYearsAgo = SyntheticCityPeople.Today.AddYears(-18);
        var children = new SyntheticCityPeople(2 * pool, seed: 20240331).People.Where(p => p.DateOfBirth > eighteenYearsAgo)
            .Take(pool).Select(p => new ChildIdentity(p.Given, p.Family, p.DateOfBirth.ToString("yyyy-MM-dd"), p.NhsNumber)).ToList();
        return children.Count == pool ? children : throw new InvalidOperationException($"The synthetic city has {children.Count} children, not {pool}.");
    }

    public const string Mutation = "mutation($n: [ProtectionNoticeInput]!) { recordProtectionNotices(notices: $n) { stored } }";

    public static async Task<NoticeFeed> RegisterChildrenAsync(HttpClient client, string token, int pool, bool byIdentity = false)
    {
        string[] schools = [DomesticAbuseDemoIds.ExamplePrimarySchool.ToString(), "5e771a90-0000-4000-8000-00000000e002"];
        var children = new List<string>();
        var identities = byIdentity ? ChildrenOfTheCity(pool) : null;
        for (var n = 0; n < pool; n++)
        {
            object input = identities?[n] is { } identity
                ? new { module = "DomesticAbuse", givenNames = identity.GivenNames, familyName = identity.FamilyName, dateOfBirth = identity.DateOfBirth, nhsNumber = identity.NhsNumber }
                : new { module = "DomesticAbuse", name = $"Benchmark Child {n}", dateOfBirth = "2015-01-01" };
            var r = await BenchProgram.Json(client, token, "mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }", new { i = input });
            var id = r["data"]!["registerSubject"]!["id"]!.GetValue<string>();
            children.Add(id);
            if (n % 2 == 0)
                await BenchProgram.Json(client, token, "mutation($s: ID!, $t: ID!) { linkChildToSetting(subjectId: $s, settingId: $t) { id } }", new { s = id, t = schools[n / 2 % 2] });
        }
        return new NoticeFeed(children, identities);
    }

    /// <summary>The next <paramref name="count"/> notices, with police references that never repeat within a run.</summary>
    public object[] Next(int count) => Enumerable.Range(0, count).Select(_ =>
    {
        var n = _next++;
        var first = _random.Next(_children.Count);
        int[] named = _random.Next(3) == 0 ? [first, (first + 1) % _children.Count] : [first];
        var incidentAt = _now.AddMinutes(-_random.Next(1, 300 * 24 * 60)).ToString("O");
        var adults = new[] { new { role = "VICTIM", personReference = $"P-BENCH-{_random.Next(20_000)}" } };
        if (_identities is null)
            return (object)new { policeReference = $"PPN-BENCH-{n:0000000}", incidentAt, locationArea = "Benchmark area", children = named.Select(c => _children[c]).ToArray(), adults };
        // One notice in ten knows no NHS number: the child is matched on name and date of birth alone.
        var childIdentities = named.Select(c => _identities[c]).Select(c => new
        {
            givenNames = c.GivenNames, familyName = c.FamilyName, dateOfBirth = c.DateOfBirth, nhsNumber = _random.Next(10) == 0 ? null : c.NhsNumber,
        }).ToArray();
        return new { policeReference = $"PPN-BENCH-{n:0000000}", incidentAt, locationArea = "Benchmark area", childIdentities, adults };
    }).ToArray();

    /// <summary>Sends one batch and returns how many notices were stored.</summary>
    public static async Task<int> SendAsync(HttpClient client, string token, object[] batch)
    {
        var r = await BenchProgram.Json(client, token, Mutation, new { n = batch });
        return r["data"]!["recordProtectionNotices"]!["stored"]!.GetValue<int>();
    }
}
