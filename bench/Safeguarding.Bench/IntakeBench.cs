using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Bench.Probe;
using Safeguarding.DomesticAbuse.Contracts;
using Safeguarding.SharedKernel.Events;

namespace Safeguarding.Bench;

/// <summary>
/// Public Protection Notice intake: ingests notices through the GraphQL batch mutation (recordProtectionNotices) of the
/// real host on SQLite, and times the delivery of their ProtectionNoticeReceived events to a subscriber.
///   dotnet run -c Release --project bench/Safeguarding.Bench -- intake [--notices 100000] [--batch 1000] [--children 2000] [--clients 1]
/// Each notice names one or two children from a pool of registered children (half of them at subscribed schools, so
/// Operation Encompass notifications are made too) and one victim from a pool of adults. With several clients, each
/// sends the next batch waiting as soon as its last one is answered.
/// </summary>
public static class IntakeBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        int notices = 100_000, batch = 1000, pool = 2000, senders = 1;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1]);
            switch (args[i])
            {
                case "--notices": notices = value; break;
                case "--batch": batch = value; break;
                case "--children": pool = value; break;
                case "--clients": senders = value; break;
                default: Console.Error.WriteLine($"Unknown option {args[i]}"); return 2;
            }
        }

        var folder = Path.Combine(Path.GetTempPath(), "safeguarding-bench", Guid.NewGuid().ToString("N"));
        var settings = BenchProgram.HostSettings("Sqlite", folder);
        var rows = new List<(string Measure, string Value)>();
        try
        {
            await using var host = new BenchHost(settings);
            var client = host.CreateClient();
            var dana = BenchProgram.Token(host, settings, "dana.domesticabuse");
            string[] schools = [DomesticAbuseDemoIds.ExamplePrimarySchool.ToString(), "5e771a90-0000-4000-8000-00000000e002"];

            var clock = Stopwatch.StartNew();
            var children = new List<string>();
            for (var n = 0; n < pool; n++)
            {
                var r = await BenchProgram.Json(client, dana, "mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
                    new { i = new { module = "DomesticAbuse", name = $"Benchmark Child {n}", dateOfBirth = "2015-01-01" } });
                var id = r["data"]!["registerSubject"]!["id"]!.GetValue<string>();
                children.Add(id);
                if (n % 2 == 0)
                    await BenchProgram.Json(client, dana, "mutation($s: ID!, $t: ID!) { linkChildToSetting(subjectId: $s, settingId: $t) { id } }", new { s = id, t = schools[n / 2 % 2] });
            }
            rows.Add(($"setup: {pool} children registered, half linked to schools", $"{clock.Elapsed.TotalSeconds:F1} s"));

            var random = new Random(20240331);
            var now = DateTimeOffset.UtcNow;
            var batches = Enumerable.Range(0, (notices + batch - 1) / batch).Select(b => Enumerable.Range(b * batch, Math.Min(batch, notices - b * batch)).Select(n =>
            {
                var first = random.Next(pool);
                return new
                {
                    policeReference = $"PPN-BENCH-{n:000000}",
                    incidentAt = now.AddMinutes(-random.Next(1, 300 * 24 * 60)).ToString("O"),
                    locationArea = "Benchmark area",
                    children = random.Next(3) == 0 ? new[] { children[first], children[(first + 1) % pool] } : [children[first]],
                    adults = new[] { new { role = "VICTIM", personReference = $"P-BENCH-{random.Next(notices / 5 + 1)}" } },
                };
            }).ToList()).ToList();

            var before = await ProbeCountAsync(host);
            var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
            var stored = 0;
            var queue = new System.Collections.Concurrent.ConcurrentQueue<object>(batches);
            clock.Restart();
            await Task.WhenAll(Enumerable.Range(0, senders).Select(_ => Task.Run(async () =>
            {
                var sender = host.CreateClient();
                while (queue.TryDequeue(out var chunk))
                {
                    var t = Stopwatch.GetTimestamp();
                    var r = await BenchProgram.Json(sender, dana, "mutation($n: [ProtectionNoticeInput]!) { recordProtectionNotices(notices: $n) { stored } }", new { n = chunk });
                    latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                    Interlocked.Add(ref stored, r["data"]!["recordProtectionNotices"]!["stored"]!.GetValue<int>());
                }
            })));
            var ingest = clock.Elapsed.TotalSeconds;
            if (stored != notices) throw new InvalidOperationException($"Stored {stored} of {notices} notices.");
            rows.Add(($"recordProtectionNotices: {notices} notices in batches of {batch}, {senders} client{(senders == 1 ? "" : "s")}", $"{notices / ingest:F0} notices/s ({ingest:F1} s), per batch p50 {BenchProgram.P([.. latencies], 50):F0} ms, p95 {BenchProgram.P([.. latencies], 95):F0} ms"));

            var deadline = DateTime.UtcNow.AddMinutes(10);
            while (await ProbeCountAsync(host) < before + notices)
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException("Events were not delivered within ten minutes.");
                await Task.Delay(50);
            }
            rows.Add(($"deliver {notices} ProtectionNoticeReceived events to a subscriber", $"all delivered {clock.Elapsed.TotalSeconds:F1} s after the first batch was sent ({clock.Elapsed.TotalSeconds - ingest:F1} s after the last was stored)"));
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var lags = (await scope.ServiceProvider.GetRequiredService<BenchProbeDbContext>().Received.AsNoTracking()
                        .OrderByDescending(r => r.Id).Take(notices).Select(r => new { r.OccurredAt, r.HandledAt }).ToListAsync())
                    .Select(r => (r.HandledAt - r.OccurredAt).TotalMilliseconds).ToList();
                rows.Add(("outbox delivery lag (commit to handled)", $"p50 {BenchProgram.P(lags, 50):F0} ms, p95 {BenchProgram.P(lags, 95):F0} ms, max {lags.Max():F0} ms"));
            }
            GC.Collect();
            rows.Add(("host memory after the run", $"{Process.GetCurrentProcess().WorkingSet64 / 1024 / 1024} MiB working set, {GC.GetTotalMemory(false) / 1024 / 1024} MiB managed"));
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }

        Console.WriteLine($"Intake benchmark. Provider: Sqlite; {Environment.ProcessorCount} cores; .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd}");
        Console.WriteLine();
        Console.WriteLine("| measure | result |");
        Console.WriteLine("|---|---|");
        foreach (var (measure, value) in rows) Console.WriteLine($"| {measure} | {value} |");
        return 0;
    }

    private static async Task<int> ProbeCountAsync(BenchHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BenchProbeDbContext>().Received.CountAsync();
    }
}

/// <summary>Receives the Domestic Abuse module's notices a delivery group at a time, so that the intake benchmark can
/// time their delivery; the bus saves the records with the group.</summary>
public sealed class NoticeProbeHandler(BenchProbeDbContext db, TimeProvider clock) : IIntegrationEventBatchHandler<ProtectionNoticeReceived>
{
    public Task HandleAsync(IReadOnlyList<ProtectionNoticeReceived> notices, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        db.Received.AddRange(notices.Select(e => new ProbeRecord { EventId = e.EventId, OccurredAt = e.OccurredAt, HandledAt = now }));
        return Task.CompletedTask;
    }
}
