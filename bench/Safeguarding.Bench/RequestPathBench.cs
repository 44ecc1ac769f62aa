using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using Safeguarding.Host.Auth;

namespace Safeguarding.Bench;

/// <summary>
/// What a GraphQL request costs on its way through the host, against the cheapest request it serves. The host runs as a
/// process of its own behind Kestrel (SQLite, demo data), and this process sends the same request from several
/// connections at once for a fixed time, one kind of request after another, in rounds that alternate the kinds so that
/// whatever else the machine does falls on all of them alike. Every answer is checked: a request that fails, or a
/// GraphQL answer with errors, stops the benchmark.
///   dotnet run -c Release --project bench/Safeguarding.Bench -- requests [--seconds 5] [--rounds 5] [--connections 16] [--warm-up 10]
/// The client and the host share the machine, so the figures are what one machine does with both; the ratios to
/// <c>GET /health</c> are the figures to compare. Each round's ratio is taken against the same round's <c>/health</c>
/// (seconds apart, so a machine busier in one round than another moves both alike), and the figure is the median of
/// the rounds' ratios; the requests a second are each kind's median round.
/// </summary>
internal static class RequestPathBench
{
    /// <summary>The requests measured: the first is the baseline the others are compared with.</summary>
    private static readonly (string Name, string? Query)[] Requests =
    [
        ("GET /health", null),
        ("authenticated { __typename }", "{ __typename }"),
        ("{ modules { name } }", "{ modules { name } }"),
        ("{ partners { name isStatutory } } (the partnership's agencies)", "{ partners { name isStatutory } }"),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var o = new Dictionary<string, string> { ["--seconds"] = "5", ["--rounds"] = "5", ["--connections"] = "16", ["--warm-up"] = "10" };
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!o.ContainsKey(args[i])) { Console.Error.WriteLine($"Unknown option {args[i]}"); return 2; }
            o[args[i]] = args[i + 1];
        }
        var seconds = int.Parse(o["--seconds"]);
        var rounds = int.Parse(o["--rounds"]);
        var connections = int.Parse(o["--connections"]);
        var warmUp = TimeSpan.FromSeconds(int.Parse(o["--warm-up"]));

        var folder = Path.Combine(Path.GetTempPath(), "safeguarding-bench", Guid.NewGuid().ToString("N"));
        var settings = BenchProgram.HostSettings("Sqlite", folder);
        using var host = HostProcess.Start(settings);
        try
        {
            await host.ReadyAsync();
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { BaseAddress = new Uri(host.Address) };
            var token = TokenIssuer.Issue(DemoUsers.Find("nina.neglect")!, new AuthOptions(),
                new SymmetricSecurityKey(Convert.FromBase64String(settings["Auth:SigningKey"]!)), DateTimeOffset.UtcNow, TimeSpan.FromHours(2));

            // Untimed seconds of each first: connections opened, the host's code compiled (tiered compilation promotes a
            // method to optimised code only after it has run a while) and its caches filled.
            foreach (var (_, query) in Requests) await LoadAsync(client, token, query, connections, warmUp);
            var rates = Requests.Select(_ => new List<double>()).ToArray();
            for (var round = 0; round < rounds; round++)
                for (var r = 0; r < Requests.Length; r++)
                    rates[r].Add(await LoadAsync(client, token, Requests[r].Query, connections, TimeSpan.FromSeconds(seconds)));

            Console.WriteLine($"Request path benchmark. Sqlite, the host in its own process; {Environment.ProcessorCount} cores; .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd}");
            Console.WriteLine($"{connections} connections, {rounds} rounds of {seconds} s per request; the median round.");
            Console.WriteLine();
            Console.WriteLine("| request | requests/s | against GET /health, median of the rounds | rounds: requests/s (against that round's /health) |");
            Console.WriteLine("|---|---|---|---|");
            for (var r = 0; r < Requests.Length; r++)
            {
                var ratios = rates[r].Select((x, i) => x / rates[0][i]).ToList();
                Console.WriteLine($"| {Requests[r].Name} | {Median(rates[r]):F0} | {Median(ratios):F2}x | " +
                    $"{string.Join(", ", rates[r].Select((x, i) => $"{x:F0} ({ratios[i]:F2}x)"))} |");
            }
            return 0;
        }
        finally
        {
            host.Dispose();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>Sends the request from <paramref name="connections"/> loops at once for <paramref name="duration"/>; requests a second.</summary>
    private static async Task<double> LoadAsync(HttpClient client, string token, string? query, int connections, TimeSpan duration)
    {
        var body = query is null ? null : Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query }));
        var clock = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            var sent = 0;
            while (clock.Elapsed < duration)
            {
                await SendAsync(client, token, body);
                sent++;
            }
            return sent;
        }));
        return counts.Sum() / clock.Elapsed.TotalSeconds;
    }

    private static async Task SendAsync(HttpClient client, string token, byte[]? body)
    {
        using var request = body is null
            ? new HttpRequestMessage(HttpMethod.Get, "/health")
            : new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } } };
        if (body is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}: {text}");
        // An answer with errors has an "errors" member; only then is it parsed, so that checking costs this shared
        // machine little beside the host it measures.
        if (body is not null && text.Contains("\"errors\"", StringComparison.Ordinal) && JsonNode.Parse(text)?["errors"] is { } errors)
            throw new InvalidOperationException($"The query answered with errors: {errors.ToJsonString()}");
        if (body is not null && !text.Contains("\"data\"", StringComparison.Ordinal)) throw new InvalidOperationException($"The query answered without data: {text}");
    }
}
