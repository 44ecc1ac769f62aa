using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.SharedKernel.Persistence;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Bench.City;

/// <summary>
/// The one-run city benchmark: builds (or reuses) a synthetic city through GraphQL, then prints one table with the
/// scorecard against the same aggregate in raw SQL, the subject view, PPN intake with outbox lag, the Daily
/// Intelligence Briefing and the host's memory.
///   dotnet run -c Release --project bench/Safeguarding.Bench -- city [--scale 1.0] [--seed 42] [--data folder]
///       [--clients 4] [--iterations 200] [--notices 10000]
/// </summary>
public static class CityBench
{
    private const string Scorecard = """
        query($f: FinancialQuarter!, $t: FinancialQuarter!) { scorecard(fromQuarter: $f, toQuarter: $t) {
          quarters measures { code sourceStatus values { quarter value note } breakdown { label values { quarter value } } trend { direction change } }
          gaps { measure agency since } } }
        """;

    /// <summary>
    /// The scorecard's aggregate straight from Scrutiny's read model: per kind of fact, agency and financial quarter of
    /// its day, the count, the sum of values and the number on time: the figures every measure is computed from.
    /// </summary>
    private const string RawScorecard = """
        SELECT Kind, Agency,
               CAST(substr("On", 1, 4) AS INTEGER) - (CAST(substr("On", 6, 2) AS INTEGER) < 4) AS year,
               (CAST(substr("On", 6, 2) AS INTEGER) + 8) % 12 / 3 + 1 AS quarter,
               COUNT(*), SUM(CAST(Value AS REAL)), SUM(Outcome IN ('ON_TIME', 'WITHIN_72H'))
        FROM facts WHERE "On" BETWEEN $from AND $to
        GROUP BY Kind, Agency, year, quarter
        """;

    private const string SubjectView = """
        query($s: ID!, $p: String!) { subjectView(subjectId: $s, purpose: $p) {
          purpose subject { id neglect { id observedOn status } csa { chronology { indicators { id observedOn sourceAgency category } } } }
          parts { module shown note }
          chronology { entries { at module what agency recordedBy } withheld { module } }
          household { subjectId livesWithChild heldElsewhere } } }
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        double scale = 1.0;
        int seed = 42, clients = 4, iterations = 200, notices = 10_000;
        string? data = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--scale": scale = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--data": data = args[i + 1]; break;
                case "--clients": clients = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--iterations": iterations = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--notices": notices = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine($"Unknown option {args[i]}"); return 2;
            }
        }
        var folder = Path.GetFullPath(data ?? Path.Combine(Path.GetTempPath(), "safeguarding-city", $"scale-{scale.ToString(CultureInfo.InvariantCulture)}-seed-{seed}"));
        var size = new CitySize(scale);
        var reuse = SyntheticCity.IsGenerated(folder, seed, scale);
        if (!reuse && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);

        var settings = BenchProgram.HostSettings("Sqlite", folder);
        // Concurrent clients enrolling the same child at once make EF Core log the losing insert, which the registry then
        // absorbs; keep those lines out of the printed table.
        settings["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Critical";
        var rows = new List<(string Measure, string Result, string Target)>();
        await using var host = new BenchHost(settings);
        var client = host.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(5);
        string Token(string user) => BenchProgram.Token(host, settings, user);

        string[] children;
        if (reuse)
        {
            children = SyntheticCity.ChildrenFrom(folder);
            rows.Add(("dataset", $"reused from {folder} (seed {seed}, scale {scale})", ""));
        }
        else
        {
            var clock = Stopwatch.StartNew();
            var city = new SyntheticCity(client, Token, seed, size, clients);
            await city.GenerateAsync();
            city.WriteMarker(folder);
            children = city.Children;
            foreach (var (step, result) in city.Log) rows.Add(($"generate: {step}", result, ""));
            rows.Add(("generate: total, through GraphQL", $"{clock.Elapsed.TotalMinutes:F1} min, {clients} clients", ""));
        }
        var scrutinyDb = Path.Combine(folder, "scrutiny.db");
        var settle = Stopwatch.StartNew();
        var facts = await SettleAsync(scrutinyDb);
        rows.Add(("Scrutiny read model (facts)", $"{facts} facts; events drained {settle.Elapsed.TotalSeconds:F0} s after generation", ""));

        // 1. The scorecard over the last eight quarters: GraphQL against the raw SQL aggregate on the same SQLite file.
        var today = TimeProvider.System.Today();
        var from = FinancialQuarter.Of(today.AddMonths(-21));
        var (fromQuarter, fromDay) = (from.Label, from.Starts);
        var toQuarter = FinancialQuarter.Of(today).Label;
        var sam = Token("sam.scrutineer");
        var graph = await TimeAsync(Math.Max(10, iterations / 4), () => BenchProgram.Json(client, sam, Scorecard, new { f = fromQuarter, t = toQuarter }));
        await using var sql = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = scrutinyDb, Mode = SqliteOpenMode.ReadOnly }.ConnectionString);
        await sql.OpenAsync();
        await using (var cache = sql.CreateCommand())
        {
            cache.CommandText = SqliteConnectionSettings.Pragmas; // the page cache the host's own connections have
            await cache.ExecuteNonQueryAsync();
        }
        var raw = await TimeAsync(Math.Max(10, iterations / 4), async () =>
        {
            await using var command = sql.CreateCommand();
            command.CommandText = RawScorecard;
            command.Parameters.AddWithValue("$from", fromDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$to", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await using var reader = await command.ExecuteReaderAsync();
            var cells = 0;
            while (await reader.ReadAsync()) cells++;
            return cells;
        });
        var ratio = BenchProgram.P(graph, 50) / BenchProgram.P(raw, 50);
        rows.Add(($"scorecard {fromQuarter} to {toQuarter}, GraphQL ×{graph.Count}", Times(graph), ""));
        rows.Add(($"the same aggregate, raw SQL on scrutiny.db ×{raw.Count}", Times(raw), ""));
        rows.Add(("scorecard GraphQL / raw SQL (p50)", $"{ratio:F1}x", Verdict(ratio <= 2, "≤ 2x")));

        // 2. The subject view of many children, each once.
        // A practitioner sees a child's view only with a relationship with the child (decision 0030): Nina, allocated to
        // every child she registered.
        var nina = Token("nina.neglect");
        var hers = children.Where((_, n) => SyntheticCity.RegistrarOf(n) == "nina.neglect").ToArray();
        var sample = new Random(seed).GetItems(hers, Math.Min(iterations, hers.Length));
        var view = await TimeAsync(sample.Length, n => BenchProgram.Json(client, nina, SubjectView, new { s = sample[n], p = "Strategy discussion (benchmark)" }), warmUp: 5);
        rows.Add(($"subjectView, {sample.Length} children", Times(view), Verdict(BenchProgram.P(view, 95) <= 25, "p95 ≤ 25 ms")));

        // 3. PPN intake through the GraphQL batch mutation, and delivery of its events.
        var dana = Token("dana.domesticabuse");
        var random = new Random(seed + 1);
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var now = DateTimeOffset.UtcNow;
        await BusBench.DrainedAsync(host);
        var after = await BusBench.LastNoticeEventAsync(host);
        var batches = new List<double>();
        var intake = Stopwatch.StartNew();
        for (var b = 0; b * 1000 < notices; b++)
        {
            var batch = Enumerable.Range(b * 1000, Math.Min(1000, notices - b * 1000)).Select(n => new
            {
                policeReference = $"PPN-INTAKE-{stamp}-{n:000000}",
                incidentAt = now.AddMinutes(-random.Next(60, 300 * 24 * 60)).ToString("O"),
                locationArea = "Synthetic area",
                children = new[] { children[random.Next(children.Length)] },
                adults = new[] { new { role = "VICTIM", personReference = $"P-INTAKE-{stamp}-{random.Next(notices / 3 + 1)}" } },
            }).ToList();
            var t = Stopwatch.GetTimestamp();
            var stored = (await BenchProgram.Json(client, dana, "mutation($n: [ProtectionNoticeInput]!) { recordProtectionNotices(notices: $n) { stored } }", new { n = batch }))
                ["data"]!["recordProtectionNotices"]!["stored"]!.GetValue<int>();
            if (stored != batch.Count) throw new InvalidOperationException($"Stored {stored} of {batch.Count} notices.");
            batches.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        var ingest = intake.Elapsed.TotalSeconds;
        rows.Add(($"recordProtectionNotices, {notices} notices in batches of 1,000, 1 client", $"{notices / ingest:F0} notices/s; per batch p50 {BenchProgram.P(batches, 50):F0} ms, p95 {BenchProgram.P(batches, 95):F0} ms",
            Verdict(notices / ingest >= 2000, "≥ 2,000/s")));
        await BusBench.DrainedAsync(host);
        var lags = (await BusBench.LagsAsync(host, after)).Select(l => l.Lag).ToList();
        rows.Add(("outbox delivery lag of those notices to Scrutiny's read model", $"{BusBench.Summary(lags)}; all delivered {intake.Elapsed.TotalSeconds - ingest:F1} s after the last batch", ""));

        // 4. The Daily Intelligence Briefing over the city's missing episodes.
        var adam = Token("adam.adolescents");
        var dib = await TimeAsync(Math.Max(10, iterations / 10), () => BenchProgram.Json(client, adam,
            "query($d: DateOnly!) { dailyIntelligenceBriefing(date: $d) { date entries { rank subjectId score reasons } } }", new { d = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }), warmUp: 2);
        rows.Add(($"dailyIntelligenceBriefing, GraphQL ×{dib.Count}", Times(dib), Verdict(BenchProgram.P(dib, 50) <= 200, "< 200 ms")));

        // 5. Memory of the process (the host runs in it; the benchmark's own share is small).
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        rows.Add(("host memory after the run", $"{process.WorkingSet64 / 1024 / 1024} MiB working set, {GC.GetGCMemoryInfo().HeapSizeBytes / 1024 / 1024} MiB GC heap ({GC.GetTotalMemory(false) / 1024 / 1024} MiB live)", ""));

        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
        Console.WriteLine($"City benchmark: scale {scale} (seed {seed}): {size.Children} children, {size.Notices} PPNs, {size.MissingEpisodes} missing episodes, " +
                          $"{size.Assessments} GCP2 assessments, {size.CsaIndicators} CSA indicators, {size.RapidReviews} rapid reviews, {size.CaseAudits} case audits.");
        Console.WriteLine($"SQLite; {Environment.ProcessorCount} cores; load average {load} at the end; .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine();
        Console.WriteLine("| measure | result | target |");
        Console.WriteLine("|---|---|---|");
        foreach (var (measure, result, target) in rows) Console.WriteLine($"| {measure} | {result} | {target} |");
        return 0;
    }

    private static string Times(List<double> ms) => $"p50 {BenchProgram.P(ms, 50):F1} ms, p95 {BenchProgram.P(ms, 95):F1} ms";
    private static string Verdict(bool met, string target) => $"{target}: {(met ? "met" : "**missed**")}";

    private static Task<List<double>> TimeAsync<T>(int iterations, Func<Task<T>> action, int warmUp = 3) => TimeAsync(iterations, _ => action(), warmUp);

    /// <summary>Times each call after a few warm-up calls (the first fill EF Core's and GraphQL's caches).</summary>
    private static async Task<List<double>> TimeAsync<T>(int iterations, Func<int, Task<T>> action, int warmUp = 3)
    {
        for (var n = 0; n < warmUp; n++) await action(n % iterations);
        var ms = new List<double>(iterations);
        for (var n = 0; n < iterations; n++)
        {
            var t = Stopwatch.GetTimestamp();
            await action(n);
            ms.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        return ms;
    }

    /// <summary>Waits until Scrutiny has taken in the events the generation published (its fact count stops moving).</summary>
    private static async Task<long> SettleAsync(string scrutinyDb)
    {
        long last = -1, steady = 0;
        var deadline = DateTime.UtcNow.AddMinutes(15);
        while (DateTime.UtcNow < deadline)
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = scrutinyDb, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM facts";
            var count = (long)(await command.ExecuteScalarAsync())!;
            steady = count == last ? steady + 1 : 0;
            if (steady >= 4) return count;
            last = count;
            await Task.Delay(1000);
        }
        return last;
    }
}
