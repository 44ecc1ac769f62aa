using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Adolescents.Briefing;
using Safeguarding.Adolescents.Intelligence;
using Safeguarding.Adolescents.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Bench;

/// <summary>
/// The Daily Intelligence Briefing over a city's worth of intelligence: 5,000 young people with a year of missing
/// episodes, custody episodes and exploitation concerns, written straight into the Adolescents module's database,
/// then today's briefing generated many times. Prints a Markdown table.
///   dotnet run -c Release --project bench/Safeguarding.Bench -- briefing [--young-people 5000] [--iterations 100]
/// </summary>
public static class BriefingBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var youngPeople = 5000;
        var iterations = 100;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--young-people": youngPeople = int.Parse(args[i + 1]); break;
                case "--iterations": iterations = int.Parse(args[i + 1]); break;
                default: Console.Error.WriteLine($"Unknown option {args[i]}"); return 2;
            }
        }
        var folder = Path.Combine(Path.GetTempPath(), "safeguarding-bench", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:DataFolder"] = folder,
            ["Auth:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)),
            ["DemoData:SeedWhenEmpty"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
        };
        var rows = new List<(string Measure, string Value)>();
        try
        {
            await using var host = new BenchHost(settings);
            var client = host.CreateClient(); // starts the host: migrations applied
            var clock = Stopwatch.StartNew();
            var counts = await GenerateAsync(host.Services, youngPeople);
            rows.Add(($"generate {youngPeople} young people, a year of intelligence", $"{counts.Missing} missing episodes, {counts.Custody} custody episodes, {counts.Concerns} concerns, {counts.Links} links in {clock.Elapsed.TotalSeconds:F1} s"));

            var today = TimeProvider.System.Today();
            BriefingView? briefing = null;
            var latencies = new List<double>();
            var process = Process.GetCurrentProcess();
            var cpu = TimeSpan.Zero;
            for (var n = 0; n < iterations + 3; n++)
            {
                await using var scope = host.Services.CreateAsyncScope();
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var t = Stopwatch.GetTimestamp();
                briefing = await scope.ServiceProvider.GetRequiredService<DailyBriefingGenerator>().GenerateAsync(today, CancellationToken.None);
                if (n < 3) continue; // the first runs warm up EF Core's query cache
                latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                process.Refresh();
                cpu += process.TotalProcessorTime - cpuBefore;
            }
            rows.Add(($"generate today's briefing ×{iterations} ({briefing!.Entries.Count} entries listed)",
                $"p50 {BenchProgram.P(latencies, 50):F1} ms, p95 {BenchProgram.P(latencies, 95):F1} ms, max {latencies.Max():F1} ms; CPU {cpu.TotalMilliseconds / iterations:F1} ms per briefing"));

            var adam = BenchProgram.Token(host, settings, "adam.adolescents");
            const string query = "query($d: DateOnly!) { dailyIntelligenceBriefing(date: $d) { date entries { rank subjectId score reasons } } }";
            latencies.Clear();
            var graphIterations = Math.Max(10, iterations / 5);
            for (var n = 0; n < graphIterations + 2; n++)
            {
                var t = Stopwatch.GetTimestamp();
                await BenchProgram.Json(client, adam, query, new { d = today.ToString("yyyy-MM-dd") });
                if (n >= 2) latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
            rows.Add(($"query dailyIntelligenceBriefing over GraphQL ×{graphIterations}", $"p50 {BenchProgram.P(latencies, 50):F1} ms, p95 {BenchProgram.P(latencies, 95):F1} ms, max {latencies.Max():F1} ms"));
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }

        var load = File.Exists("/proc/loadavg") ? $"; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}" : "";
        Console.WriteLine($"Daily Intelligence Briefing; SQLite; {Environment.ProcessorCount} cores{load}; .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd}");
        Console.WriteLine();
        Console.WriteLine("| measure | result |");
        Console.WriteLine("|---|---|");
        foreach (var (measure, value) in rows) Console.WriteLine($"| {measure} | {value} |");
        return 0;
    }

    private sealed record Counts(int Missing, int Custody, int Concerns, int Links);

    /// <summary>
    /// A year of synthetic intelligence, seeded for repeatability: per young person 0–12 missing episodes (about 2% still
    /// missing, about 10% of returns without an interview), for one in five 1–3 custody episodes, for three in ten 1–4
    /// exploitation concerns; 200 adults of concern and 300 locations, linked to about a quarter of the records.
    /// </summary>
    private static async Task<Counts> GenerateAsync(IServiceProvider services, int youngPeople)
    {
        var random = new Random(20240401);
        var now = DateTimeOffset.UtcNow;
        var today = TimeProvider.System.Today();
        var adultsOfConcern = Enumerable.Range(0, 200).Select(i => AdultOfConcern.Record("Synthetic adult", null, null, now, "bench")).ToList();
        var locations = Enumerable.Range(0, 300).Select(i => Location.Record("Synthetic place", null, now)).ToList();
        var adults = adultsOfConcern.Select(a => a.Id).ToList();
        var places = locations.Select(l => l.Id).ToList();
        var missing = new List<MissingEpisode>();
        var custody = new List<CustodyEpisode>();
        var concerns = new List<ExploitationConcern>();
        var links = new List<IntelligenceLink>();

        void MaybeLink(Guid subject, IntelligenceSource source, Guid id, DateTimeOffset at)
        {
            if (random.Next(4) != 0) return;
            links.Add(random.Next(2) == 0
                ? IntelligenceLink.ToAdult(subject, source, id, at, adults[random.Next(adults.Count)])
                : IntelligenceLink.ToLocation(subject, source, id, at, places[random.Next(places.Count)]));
        }

        for (var p = 0; p < youngPeople; p++)
        {
            var subject = Guid.NewGuid();
            var episodes = random.Next(13);
            for (var e = 0; e < episodes; e++)
            {
                var went = now - TimeSpan.FromMinutes(random.Next(30, 365 * 24 * 60));
                var stillMissing = e == episodes - 1 && random.Next(50) == 0;
                DateTimeOffset? back = stillMissing ? null : went + TimeSpan.FromMinutes(random.Next(60, 3 * 24 * 60));
                if (back > now) back = now;
                // Written through the entity's own methods (their events are not needed here), so the rows are as the mutations write them.
                var episode = MissingEpisode.Record(subject, "Devon and Cornwall Police", went, back, null, now, "bench", new InputCheck());
                if (back is { } r)
                {
                    episode.Return(r, null);
                    if (random.Next(10) != 0)
                    {
                        var offered = r + TimeSpan.FromHours(random.Next(1, 90));
                        episode.OfferInterview("Plymouth City Council", offered > now ? now : offered);
                    }
                }
                missing.Add(episode);
                MaybeLink(subject, IntelligenceSource.MissingEpisode, episode.Id, went);
            }
            if (random.Next(5) == 0)
                for (var c = random.Next(1, 4); c > 0; c--)
                {
                    var detained = now - TimeSpan.FromMinutes(random.Next(30, 365 * 24 * 60));
                    DateTimeOffset? released = random.Next(20) == 0 ? null : detained + TimeSpan.FromHours(random.Next(2, 30));
                    // A release still to come is not recorded yet: the young person is in custody now.
                    var episode = CustodyEpisode.Record(subject, "Devon and Cornwall Police", detained, released > now ? null : released, now, "bench", new InputCheck());
                    custody.Add(episode);
                    MaybeLink(subject, IntelligenceSource.CustodyEpisode, episode.Id, detained);
                }
            if (random.Next(10) < 3)
                for (var c = random.Next(1, 5); c > 0; c--)
                {
                    var indicators = random.Next(1, 6);
                    var reported = today.AddDays(-random.Next(0, 365));
                    var concern = ExploitationConcern.Record(subject, "Plymouth City Council", random.Next(3) == 0 ? ExploitationKind.Sexual : ExploitationKind.Criminal,
                        countyLines: false, Enumerable.Range(1, indicators).Select(i => $"Indicator {i}").ToList(), reported, null, today, now, "bench", new InputCheck());
                    concerns.Add(concern);
                    MaybeLink(subject, IntelligenceSource.ExploitationConcern, concern.Id, UkTime.At(reported, new TimeOnly(12, 0)));
                }
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AdolescentsDbContext>();
            db.AdultsOfConcern.AddRange(adultsOfConcern);
            db.Locations.AddRange(locations);
            await db.SaveChangesAsync();
        }
        await InsertAsync(services, missing);
        await InsertAsync(services, custody);
        await InsertAsync(services, concerns);
        await InsertAsync(services, links);
        return new Counts(missing.Count, custody.Count, concerns.Count, links.Count);
    }

    /// <summary>Bulk insert in batches, each in a fresh context without change detection.</summary>
    private static async Task InsertAsync<T>(IServiceProvider services, List<T> rows) where T : class
    {
        foreach (var batch in rows.Chunk(5000))
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AdolescentsDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Set<T>().AddRange(batch);
            await db.SaveChangesAsync();
        }
    }
}
