using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Npgsql;
using Safeguarding.Bench.Probe;
using Safeguarding.Governance.Contracts;
using Safeguarding.Governance.Persistence;
using Safeguarding.Host.Auth;

namespace Safeguarding.Bench;

/// <summary>
/// Platform benchmark: GraphQL mutations and queries through the real host, and event delivery through the
/// outbox, on SQLite or PostgreSQL. Prints a Markdown table.
///   dotnet run -c Release --project bench/Safeguarding.Bench -- [--provider Sqlite|PostgreSql] [--server "Host=...;Username=..."]
///                                                             [--actions 2000] [--events 10000] [--queries 500]
/// With PostgreSQL the benchmark creates a database of its own on the server and drops it afterwards.
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.FirstOrDefault() == "intake") return await IntakeBench.RunAsync(args[1..]);
        if (args is ["briefing", ..]) return await BriefingBench.RunAsync(args[1..]);
        if (args is ["city", ..]) return await City.CityBench.RunAsync(args[1..]);
        if (args is ["bus", ..]) return await BusBench.RunAsync(args[1..]);
        if (args is ["identity", ..]) return Identity.IdentityBench.Run(args[1..]);
        if (args is ["requests", ..]) return await RequestPathBench.RunAsync(args[1..]);
        var o = Options.Parse(args);
        if (o is null) return 2;
        var folder = Path.Combine(Path.GetTempPath(), "safeguarding-bench", Guid.NewGuid().ToString("N"));
        string? pgDatabase = null;
        var settings = HostSettings(o.Provider, folder);
        if (o.Provider == "PostgreSql")
        {
            pgDatabase = "sg_bench_" + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
            await Admin(o.Server!, $"CREATE DATABASE \"{pgDatabase}\"");
            settings["Database:ConnectionString"] = new NpgsqlConnectionStringBuilder(o.Server) { Database = pgDatabase }.ConnectionString;
        }

        var rows = new List<(string Measure, string Value)>();
        try
        {
            await using var host = new BenchHost(settings);
            var started = Stopwatch.StartNew();
            var client = host.CreateClient();
            rows.Add(("host start (migrations and demo data)", $"{started.ElapsedMilliseconds} ms"));
            var gina = Token(host, settings, "gina.governance");
            var admin = Token(host, settings, "alex.admin");

            var ids = await Json(client, admin, "{ partnershipBodies { id } partners { id } }");
            var body = ids["data"]!["partnershipBodies"]![0]!["id"]!.GetValue<string>();
            var owner = ids["data"]!["partners"]![0]!["id"]!.GetValue<string>();
            const string create = "mutation($i: CreateActionInput!) { createAction(input: $i) { id } }";
            object Input(int n) => new { i = new { bodyId = body, ownerPartnerId = owner, title = $"Benchmark action {n}", dueDate = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd") } };

            // 1. Mutations, one client after another.
            var latencies = new List<double>();
            var clock = Stopwatch.StartNew();
            for (var n = 0; n < o.Actions; n++)
            {
                var t = Stopwatch.GetTimestamp();
                await Json(client, gina, create, Input(n));
                latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
            rows.Add(($"createAction, 1 client ({o.Actions})", $"{o.Actions / clock.Elapsed.TotalSeconds:F0}/s, p50 {P(latencies, 50):F1} ms, p95 {P(latencies, 95):F1} ms"));

            // 2. Mutations, eight clients at once.
            clock.Restart();
            await Task.WhenAll(Enumerable.Range(0, 8).Select(async w =>
            {
                for (var n = w; n < o.Actions; n += 8) await Json(client, gina, create, Input(o.Actions + n));
            }));
            rows.Add(($"createAction, 8 clients ({o.Actions})", $"{o.Actions / clock.Elapsed.TotalSeconds:F0}/s"));

            // 3. Queries.
            foreach (var (name, query) in new[]
                     {
                         ("partners (33 agencies)", "{ partners { id name isStatutory } }"),
                         ("overdueActions", "{ overdueActions { nodes { id title dueDate owner { name } } } }"),
                         ($"partnershipActions, first body, a page of 500 (of ~{2 * o.Actions})", "query($b: ID) { partnershipActions(bodyId: $b, first: 500) { nodes { id title status } } }"),
                     })
            {
                latencies.Clear();
                var iterations = name.StartsWith("partnershipActions") ? Math.Max(20, o.Queries / 10) : o.Queries;
                for (var n = 0; n < iterations; n++)
                {
                    var t = Stopwatch.GetTimestamp();
                    await Json(client, gina, query, new { b = body });
                    latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                }
                rows.Add(($"query {name} ×{iterations}", $"p50 {P(latencies, 50):F1} ms, p95 {P(latencies, 95):F1} ms"));
            }

            // 4. Events: publish through the outbox, deliver to a subscribing module.
            await WaitForProbe(host, 2 * o.Actions);
            var before = await Count(host);
            clock.Restart();
            for (var published = 0; published < o.Events; published += 500)
            {
                await using var scope = host.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
                for (var i = 0; i < Math.Min(500, o.Events - published); i++)
                    db.Publish(new PartnershipActionCreated(Guid.NewGuid(), Guid.NewGuid(), "Benchmark", Guid.NewGuid(), new DateOnly(2026, 12, 1)) { OccurredAt = DateTimeOffset.UtcNow });
                await db.SaveChangesAsync();
            }
            var publishSeconds = clock.Elapsed.TotalSeconds;
            rows.Add(($"publish {o.Events} events (batches of 500)", $"{o.Events / publishSeconds:F0}/s"));
            await WaitForProbe(host, before + o.Events);
            rows.Add(($"deliver {o.Events} events to a subscriber", $"{o.Events / clock.Elapsed.TotalSeconds:F0}/s, all delivered {clock.Elapsed.TotalSeconds:F1} s after the first publish"));
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var lags = (await scope.ServiceProvider.GetRequiredService<BenchProbeDbContext>().Received.AsNoTracking()
                        .OrderByDescending(r => r.Id).Take(o.Events).Select(r => new { r.OccurredAt, r.HandledAt }).ToListAsync())
                    .Select(r => (r.HandledAt - r.OccurredAt).TotalMilliseconds).ToList();
                rows.Add(("outbox delivery lag (commit to handled)", $"p50 {P(lags, 50):F0} ms, p95 {P(lags, 95):F0} ms"));
            }

            GC.Collect();
            rows.Add(("host memory after the run", $"{Process.GetCurrentProcess().WorkingSet64 / 1024 / 1024} MiB working set, {GC.GetTotalMemory(false) / 1024 / 1024} MiB managed"));
        }
        finally
        {
            if (pgDatabase is not null) { NpgsqlConnection.ClearAllPools(); await Admin(o.Server!, $"DROP DATABASE IF EXISTS \"{pgDatabase}\" WITH (FORCE)"); }
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }

        Console.WriteLine($"Provider: {o.Provider}; {Environment.ProcessorCount} cores; .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd}");
        Console.WriteLine();
        Console.WriteLine("| measure | result |");
        Console.WriteLine("|---|---|");
        foreach (var (measure, value) in rows) Console.WriteLine($"| {measure} | {value} |");
        return 0;
    }

    /// <summary>The host's settings for a benchmark run on a fresh data folder.</summary>
    internal static Dictionary<string, string?> HostSettings(string provider, string folder) => new()
    {
        ["Database:Provider"] = provider,
        ["Database:DataFolder"] = folder,
        ["Auth:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)),
        ["DemoData:SeedWhenEmpty"] = "true",
        ["EventBus:PollInterval"] = "00:00:00.200",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
    };

    internal static double P(List<double> values, int percentile)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    internal static string Token(BenchHost host, Dictionary<string, string?> settings, string user) =>
        TokenIssuer.Issue(DemoUsers.Find(user)!, host.Services.GetRequiredService<AuthOptions>(),
            new SymmetricSecurityKey(Convert.FromBase64String(settings["Auth:SigningKey"]!)), DateTimeOffset.UtcNow, TimeSpan.FromHours(2));

    internal static async Task<JsonNode> Json(HttpClient client, string token, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var node = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if (node["errors"] is not null) throw new InvalidOperationException(node.ToJsonString());
        return node;
    }

    private static async Task<int> Count(BenchHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BenchProbeDbContext>().Received.CountAsync();
    }

    private static async Task WaitForProbe(BenchHost host, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (await Count(host) < atLeast)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Events were not delivered within ten minutes.");
            await Task.Delay(50);
        }
    }

    internal static async Task Admin(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed record Options(string Provider, string? Server, int Actions, int Events, int Queries)
    {
        public static Options? Parse(string[] args)
        {
            var o = new Options("Sqlite", null, 2000, 10_000, 500);
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                o = args[i] switch
                {
                    "--provider" => o with { Provider = args[i + 1].Equals("postgresql", StringComparison.OrdinalIgnoreCase) ? "PostgreSql" : "Sqlite" },
                    "--server" => o with { Server = args[i + 1] },
                    "--actions" => o with { Actions = int.Parse(args[i + 1]) },
                    "--events" => o with { Events = int.Parse(args[i + 1]) },
                    "--queries" => o with { Queries = int.Parse(args[i + 1]) },
                    _ => throw new ArgumentException($"Unknown option {args[i]}"),
                };
            }
            if (o.Provider == "PostgreSql" && o.Server is null)
            {
                Console.Error.WriteLine("--provider PostgreSql needs --server \"Host=...;Username=...\" (a server where the benchmark may create a database).");
                return null;
            }
            return o;
        }
    }
}

internal sealed class BenchHost(Dictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Benchmark");
        builder.UseContentRoot(AppContext.BaseDirectory);
        foreach (var (k, v) in settings) builder.UseSetting(k, v);
    }
}
